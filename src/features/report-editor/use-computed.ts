import { useCallback } from 'react';
import { useStore } from './store-context';
import { useKey } from './use-cell';

/** The live value of a computed cell (总计), recomputed on every keystroke. */
export function useComputed(path: string): number {
  const store = useStore();
  const read = useCallback((p: string) => store.getTotal(p) ?? 0, [store]);
  return useKey(path, read);
}
