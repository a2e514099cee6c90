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

/** Listeners waiting for the next task, per store: one task and one React commit for all. */
const waiting = new WeakMap<object, Set<() => void>>();

function later(store: object, fn: () => void): void {
  const queued = waiting.get(store);
  if (queued) return void queued.add(fn);
  waiting.set(store, new Set([fn]));
  setTimeout(() => {
    const due = waiting.get(store);
    waiting.delete(store);
    due?.forEach((f) => f());
  });
}

/**
 * Like `useKey`, but re-renders one task after the change: for what need not be painted with the
 * keystroke (the problem list, hidden descriptions), so that the keystroke's own cell, totals and
 * flags are painted first. A render for another reason still reads the current value.
 */
export function useLateKey<T>(key: string, read: (key: string) => T): T {
  const store = useStore();
  const subscribe = useCallback(
    (fn: () => void) => {
      const off = store.subscribe(key, () => later(store, fn));
      return () => {
        off();
        waiting.get(store)?.delete(fn);
      };
    },
    [store, key],
  );
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

/** The flag of a cell, one task after it changes (for text that is not painted: descriptions). */
export function useLateFlag(key: string): CellFlag | undefined {
  const store = useStore();
  return useLateKey(key, store.getFlag);
}

/**
 * Whether a column (`column:` key) takes part in an error: re-renders only when that changes,
 * not when the messages of its flag do. Without a key: false.
 */
export function useColumnError(key: string | undefined): boolean {
  const store = useStore();
  const read = useCallback((k: string) => store.getFlag(k)?.severity === 'error', [store]);
  const error = useKey(key ?? '', read);
  return key !== undefined && error;
}

/** The reason the last input of a cell was refused, if it was. */
export function useRefusal(path: string): string | undefined {
  const store = useStore();
  return useKey(path, store.getRefusal);
}
