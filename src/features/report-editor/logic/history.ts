import type { ReportDocument } from '@/domain';

/** One undoable step: the documents before and after it. */
export type Step = {
  readonly before: ReportDocument;
  readonly after: ReportDocument;
  readonly label: string;
};

/** Undo and redo stacks of whole-document steps (documents share structure, so steps are cheap). */
export type History = { readonly undo: readonly Step[]; readonly redo: readonly Step[] };

export const MAX_STEPS = 500;

export const emptyHistory: History = { undo: [], redo: [] };

/** Records a step; a new step clears the redo stack. */
export function record(h: History, step: Step): History {
  return { undo: [...h.undo, step].slice(-MAX_STEPS), redo: [] };
}

/** Moves the last step to the redo stack; returns the document to show, or null. */
export function undoStep(h: History): { history: History; doc: ReportDocument } | null {
  const step = h.undo[h.undo.length - 1];
  if (!step) return null;
  return { history: { undo: h.undo.slice(0, -1), redo: [...h.redo, step] }, doc: step.before };
}

/** Re-applies the last undone step; returns the document to show, or null. */
export function redoStep(h: History): { history: History; doc: ReportDocument } | null {
  const step = h.redo[h.redo.length - 1];
  if (!step) return null;
  return { history: { undo: [...h.undo, step], redo: h.redo.slice(0, -1) }, doc: step.after };
}
