import { useCallback, useSyncExternalStore } from 'react';
import type { CellFlag } from './logic/derive';
import type { ReportStore } from './report-store';
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

/** What a field shows: its value, its flag, why its last input was refused, the text being typed. */
export type CellView = {
  readonly value: unknown;
  readonly flag: CellFlag | undefined;
  readonly refusal: string | undefined;
  readonly draft: string | null;
};

/** What a computed cell shows: its total and its flag. */
export type ComputedView = { readonly total: number; readonly flag: CellFlag | undefined };

type Source<T> = { readonly subscribe: (fn: () => void) => () => void; readonly read: () => T };

// Per store, kind and path, one subscription and one reader for everything a cell shows, made
// once: a grid mounts a few hundred cells at once, and each hook a cell calls is paid per cell.
const sources = new WeakMap<ReportStore, Map<string, Source<unknown>>>();

function source<T extends object>(
  store: ReportStore,
  key: string,
  path: string,
  snapshot: () => T,
): Source<T> {
  let byKey = sources.get(store);
  if (!byKey) sources.set(store, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known as Source<T>;
  let last: T | null = null;
  const made: Source<T> = {
    subscribe: (fn) => store.subscribe(path, fn),
    read() {
      const next = snapshot();
      // The same values: the same object, so that React sees no change.
      if (last === null || !shallowEqual(last, next)) last = next;
      return last;
    },
  };
  byKey.set(key, made);
  return made;
}

function shallowEqual(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.keys(x).every((k) => x[k] === y[k]);
}

/** Everything a field shows, with one subscription (see CellView). */
export function useCellView(path: string): CellView {
  const store = useStore();
  const { subscribe, read } = source(store, `cell:${path}`, path, () => ({
    value: store.getValue(path),
    flag: store.getFlag(path),
    refusal: store.getRefusal(path),
    draft: store.getDraft(path),
  }));
  return useSyncExternalStore(subscribe, read);
}

/** The total and the flag of a computed cell, with one subscription. */
export function useComputedView(path: string): ComputedView {
  const store = useStore();
  const { subscribe, read } = source(store, `computed:${path}`, path, () => ({
    total: store.getTotal(path) ?? 0,
    flag: store.getFlag(path),
  }));
  return useSyncExternalStore(subscribe, read);
}
