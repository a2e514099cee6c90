import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { useLiveList } from '@/storage/use-live-list';
import { takePrefetchedDrafts } from './prefetch';

export type DraftList =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: ReportSummary[] };

/** The read the app started before this screen's code arrived (prefetch.ts), once it is in. */
function usePrefetched(store: ReportStore): DraftList {
  const [list, setList] = useState<DraftList>({ kind: 'loading' });
  useEffect(() => {
    const read = takePrefetchedDrafts(store);
    if (!read) return;
    let live = true;
    read.then(
      (items) => live && setList({ kind: 'ready', items }),
      (e: unknown) => live && setList({ kind: 'failed', message: describeStorageError(e) }),
    );
    return () => {
      live = false;
    };
  }, [store]);
  return list;
}

/**
 * Every stored report (回收站 included), kept current: the app's store is watched, so a report
 * created, renamed or deleted in another tab shows here at once; `refresh` reads other stores
 * (tests') again after a change. The first paint takes the prefetched read when it comes first.
 */
export function useDrafts(store: ReportStore) {
  const [version, setVersion] = useState(0);
  const prefetched = usePrefetched(store);
  const live = useLiveList(store, version);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const list = useMemo((): DraftList => {
    if (live === undefined) return prefetched;
    return live.ok
      ? { kind: 'ready', items: live.items }
      : { kind: 'failed', message: live.message };
  }, [live, prefetched]);
  return { list, refresh };
}
