import type { Emit } from './store-listeners';

/**
 * Per-cell marks kept beside the document, never in it (nothing to derive or undo): why an
 * input was refused, and the text being typed into a grid cell. A change notifies the cell's key.
 */
export function createCellMarks(emit: Emit) {
  let refusals: ReadonlyMap<string, string> = new Map();
  const drafts = new Map<string, string>();

  function setRefusals(next: ReadonlyMap<string, string>): void {
    const keys = new Set([...refusals.keys(), ...next.keys()]);
    const old = refusals;
    refusals = next;
    emit([...keys].filter((k) => old.get(k) !== next.get(k)));
  }

  return {
    getRefusal: (path: string): string | undefined => refusals.get(path),
    /** The text being typed into a grid cell (not yet committed), or null. */
    getDraft: (path: string): string | null => drafts.get(path) ?? null,
    setDraft(path: string, text: string | null): void {
      if ((drafts.get(path) ?? null) === text) return;
      if (text === null) drafts.delete(path);
      else drafts.set(path, text);
      emit([path]);
    },
    /** Marks a cell whose input was refused (reason), or clears the mark (null). */
    refuse(path: string, reason: string | null): void {
      if ((refusals.get(path) ?? null) === reason) return;
      const next = new Map(refusals);
      if (reason === null) next.delete(path);
      else next.set(path, reason);
      setRefusals(next);
    },
    setRefusals,
  };
}
