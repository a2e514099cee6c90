import { parseCellInput, type CellKind } from '@/domain';
import type { ReportStore } from './report-store';

// The text being typed into a grid cell, kept in the store (one place for all cells, shown by
// each cell's one subscription): previewed in the store while typed (totals follow every
// keystroke), committed on Enter/Tab/blur as one undo step; unreadable text is refused with a
// reason and the previous value stays.

/** Shows what was typed; `composing`: an input method is still composing (no preview yet). */
export function changeDraft(
  store: ReportStore,
  path: string,
  kind: CellKind,
  text: string,
  composing: boolean,
): void {
  store.setDraft(path, text);
  if (store.getRefusal(path) !== undefined) store.refuse(path, null);
  if (composing) return;
  const parsed = parseCellInput(text, kind);
  if (parsed.ok) store.preview(path, parsed.value);
  else store.cancelPreview();
}

/** Commits the cell's draft; false when it was refused. */
export function commitDraft(store: ReportStore, path: string, kind: CellKind): boolean {
  const text = store.getDraft(path);
  if (text === null) return true;
  store.setDraft(path, null);
  const parsed = parseCellInput(text, kind);
  if (parsed.ok) {
    store.setCell(path, parsed.value);
    return true;
  }
  store.cancelPreview();
  store.refuse(path, parsed.reason);
  return false;
}

/** Drops the cell's draft and shows the stored value again; false when there was none. */
export function cancelDraft(store: ReportStore, path: string): boolean {
  if (store.getDraft(path) === null) return false;
  store.setDraft(path, null);
  store.cancelPreview();
  return true;
}
