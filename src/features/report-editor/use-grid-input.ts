import {
  useMemo,
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type SyntheticEvent,
} from 'react';
import type { CellKind } from '@/domain';
import type { GridModel } from './logic/grid-model';
import { moveForKey } from './logic/grid-navigation';
import type { GridApi } from './grid-context';
import type { ReportStore } from './report-store';
import { cancelDraft, changeDraft, commitDraft } from './cell-draft';

// Spreadsheet behaviour of a grid's input cells, as handlers on the grid (the events bubble from
// its inputs): one set for the whole grid instead of one per cell, which a grid of a few hundred
// cells would create on every render. Only one cell has the focus, so one mode serves them all.

const CARET_MOVES = new Set(['left', 'right', 'rowStart', 'rowEnd']);

type Mode = { editing: boolean; composing: boolean };
type Cell = { input: HTMLInputElement; path: string; kind: CellKind };

/** True while an input method (拼音, 五笔 …) is composing: the grid must not take the key. */
function isComposing(e: KeyboardEvent): boolean {
  return e.nativeEvent.isComposing || e.keyCode === 229;
}

/** The grid's input cell an event comes from (null: another element of the grid). */
function cellOf(model: GridModel, e: SyntheticEvent): Cell | null {
  const input = e.target;
  if (!(input instanceof HTMLInputElement) || input.dataset.gridCell === undefined) return null;
  const cell = model.byPath.get(input.name);
  return cell ? { input, path: cell.path, kind: cell.kind } : null;
}

function restore(e: KeyboardEvent, store: ReportStore, c: Cell, mode: Mode): void {
  if (!cancelDraft(store, c.path)) return;
  e.preventDefault();
  e.stopPropagation();
  mode.editing = false;
  c.input.select();
}

function editInPlace(e: KeyboardEvent, c: Cell, mode: Mode): void {
  e.preventDefault();
  mode.editing = true;
  c.input.setSelectionRange(c.input.value.length, c.input.value.length);
}

type Deps = { store: ReportStore; model: GridModel; api: GridApi; readOnly: boolean };

function keyHandler({ store, model, api, readOnly }: Deps, mode: Mode) {
  return (e: KeyboardEvent) => {
    const c = cellOf(model, e);
    if (!c || isComposing(e) || mode.composing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const drafted = store.getDraft(c.path) !== null;
    if (e.key === 'Escape' || (ctrl && e.key.toLowerCase() === 'z' && drafted)) {
      return restore(e, store, c, mode);
    }
    if (e.key === 'F2') return editInPlace(e, c, mode);
    const clearing = e.key === 'Delete' || e.key === 'Backspace';
    if (clearing && !readOnly && !drafted && api.clearBlock()) return void e.preventDefault();
    const move = moveForKey(e.key, ctrl, e.shiftKey);
    if (!move || (mode.editing && CARET_MOVES.has(move) && !e.shiftKey)) return;
    e.preventDefault();
    if (!commitDraft(store, c.path, c.kind)) return void c.input.select();
    mode.editing = false;
    api.move(c.path, move, e.shiftKey && e.key !== 'Enter');
  };
}

function mouseDownHandler({ model, api }: Deps, mode: Mode) {
  return (e: MouseEvent) => {
    const c = cellOf(model, e);
    if (!c) return;
    if (e.shiftKey) {
      e.preventDefault();
      return api.extendTo(c.path);
    }
    // A click in the active cell places the caret (edit in place); the first click selects.
    if (document.activeElement === c.input) return void (mode.editing = true);
    e.preventDefault();
    c.input.focus();
  };
}

function handlers(deps: Deps, mode: Mode) {
  const { store, model, api, readOnly } = deps;
  const on = <E extends SyntheticEvent>(fn: (c: Cell, e: E) => void) => {
    return (e: E) => {
      const c = cellOf(model, e);
      if (c) fn(c, e);
    };
  };
  return {
    onKeyDown: keyHandler(deps, mode),
    onMouseDown: mouseDownHandler(deps, mode),
    onChange: on((c, e: ChangeEvent) => {
      const composing = mode.composing || (e.nativeEvent as InputEvent).isComposing;
      changeDraft(store, c.path, c.kind, c.input.value, composing);
    }),
    onCompositionStart: on(() => void (mode.composing = true)),
    onCompositionEnd: on((c, _e: CompositionEvent) => {
      mode.composing = false;
      changeDraft(store, c.path, c.kind, c.input.value, false);
    }),
    onDoubleClick: on(() => void (mode.editing = true)),
    onFocus: on((c, _e: FocusEvent) => {
      mode.editing = false;
      c.input.select();
      api.focused(c.path);
    }),
    onBlur: on((c, _e: FocusEvent) => {
      mode.composing = false;
      commitDraft(store, c.path, c.kind);
    }),
    onPaste: on((c, e: ClipboardEvent) => {
      if (readOnly) return void e.preventDefault();
      if (!api.paste(c.path, e.clipboardData.getData('text/plain'))) return;
      e.preventDefault();
      cancelDraft(store, c.path);
    }),
  };
}

/**
 * The handlers of a grid's input cells, for the element around them. Typing replaces (the text
 * is selected on focus, so an IME composition replaces it too); F2 or a double click edits in
 * place (arrows move the caret); Escape restores; Enter/arrows/Home/End commit and move; nothing
 * happens while composing. In a read-only grid (a 汇总's sums) cells still move and select, but
 * take no clearing or paste.
 */
export function useGridInput(deps: Deps) {
  const { store, model, api, readOnly } = deps;
  return useMemo(
    () => handlers({ store, model, api, readOnly }, { editing: false, composing: false }),
    [store, model, api, readOnly],
  );
}
