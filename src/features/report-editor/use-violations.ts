import type { Violation } from '@/domain';
import type { Acknowledgements } from './logic/derive';
import { HISTORY, VIOLATIONS } from './report-store';
import { useStore } from './store-context';
import { useKey, useLateKey } from './use-cell';

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
