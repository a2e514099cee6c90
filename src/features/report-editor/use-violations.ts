import { useCallback, useSyncExternalStore } from 'react';
import type { Violation } from '@/domain';
import type { Acknowledgements } from './logic/derive';
import { HISTORY, VIOLATIONS } from './report-store';
import { useStore } from './store-context';
import { useKey } from './use-cell';

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
 * Like `useKey`, but re-renders one task after the change. The problem list, the section counts
 * and the toolbar's totals redraw dozens of elements when a problem appears; the keystroke's own
 * cell, totals and flags must be painted first, so these wait for the next task.
 */
function useLateKey<T>(key: string, read: () => T): T {
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
  return useSyncExternalStore(subscribe, read);
}

/** Every problem of the report (re-renders only when the list changes, after the cells). */
export function useViolations(): readonly Violation[] {
  const store = useStore();
  return useLateKey(VIOLATIONS, store.getViolations);
}

/** Acknowledged warnings (they change together with the problem list). */
export function useAcknowledgements(): Acknowledgements {
  const store = useStore();
  return useLateKey(VIOLATIONS, store.getAcknowledgements);
}

/** Whether undo and redo are possible. */
export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const store = useStore();
  const canUndo = useKey(HISTORY, store.canUndo);
  const canRedo = useKey(HISTORY, store.canRedo);
  return { canUndo, canRedo };
}
