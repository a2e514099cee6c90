import { useLiveQuery } from 'dexie-react-hooks';
import { isLazyStore } from './lazy-store';
import { readLiveList, type ListRead } from './live-list';
import type { ReportStore } from './report-store';

/**
 * Every stored report (回收站 included), read again whenever a write changes the list, in this
 * tab or another one: so for the app's IndexedDB store. Other stores (the memory store of tests)
 * are read again when `version` changes. Undefined until the first read is done.
 */
export function useLiveList(store: ReportStore, version: number): ListRead | undefined {
  // The app's store follows every write by itself: a new `version` would only read it twice.
  const deps = isLazyStore(store) ? [store] : [store, version];
  return useLiveQuery(() => readLiveList(store), deps);
}
