import { useCallback, useSyncExternalStore } from 'react';
import type { CellFlag } from './logic/derive';
import { useStore } from './store-context';

/** Subscribes to one key of the store and reads a value for it. */
export function useKey<T>(key: string, read: (key: string) => T): T {
  const store = useStore();
  const subscribe = useCallback((fn: () => void) => store.subscribe(key, fn), [store, key]);
  // A stable reader: a new one on every render makes React re-check the store after each commit.
  const getSnapshot = useCallback(() => read(key), [read, key]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The value at a field path (a cell, a narrative or a meta field), as shown. */
export function useFieldValue(path: string): unknown {
  const store = useStore();
  return useKey(path, store.getValue);
}

/** The flag (errors/warnings) of a cell or a `column:` key. */
export function useFlag(key: string): CellFlag | undefined {
  const store = useStore();
  return useKey(key, store.getFlag);
}

/** The reason the last input of a cell was refused, if it was. */
export function useRefusal(path: string): string | undefined {
  const store = useStore();
  return useKey(path, store.getRefusal);
}
