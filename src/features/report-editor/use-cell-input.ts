import { useRef, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { CellKind } from '@/domain';
import { moveForKey } from './logic/grid-navigation';
import { useGrid } from './grid-context';
import { useCellDraft } from './use-cell-draft';

const CARET_MOVES = new Set(['left', 'right', 'rowStart', 'rowEnd']);

/** True while an input method (拼音, 五笔 …) is composing: the grid must not take the key. */
function isComposing(e: KeyboardEvent): boolean {
  return e.nativeEvent.isComposing || e.keyCode === 229;
}

type Draft = ReturnType<typeof useCellDraft>;
type Mode = { editing: boolean; composing: boolean };

function restore(e: KeyboardEvent<HTMLInputElement>, d: Draft, mode: Mode): void {
  if (!d.cancel()) return;
  e.preventDefault();
  e.stopPropagation();
  mode.editing = false;
  e.currentTarget.select();
}

function editInPlace(e: KeyboardEvent<HTMLInputElement>, mode: Mode): void {
  const input = e.currentTarget;
  e.preventDefault();
  mode.editing = true;
  input.setSelectionRange(input.value.length, input.value.length);
}

/**
 * Spreadsheet behaviour of one input cell. Typing replaces (the text is selected on focus, so an
 * IME composition replaces it too); F2 or a double click edits in place (arrows move the caret);
 * Escape restores; Enter/arrows/Home/End commit and move; nothing happens while composing.
 * A read-only cell (a 汇总's sum) still moves and selects, but takes no clearing or paste.
 */
export function useCellInput(path: string, kind: CellKind, readOnly = false) {
  const grid = useGrid();
  const d = useCellDraft(path, kind);
  const mode = useRef<Mode>({ editing: false, composing: false }).current;

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (isComposing(e) || mode.composing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.key === 'Escape' || (ctrl && e.key.toLowerCase() === 'z' && d.hasDraft())) {
      return restore(e, d, mode);
    }
    if (e.key === 'F2') return editInPlace(e, mode);
    const clearing = e.key === 'Delete' || e.key === 'Backspace';
    if (clearing && !readOnly && !d.hasDraft() && grid.clearBlock()) {
      return void e.preventDefault();
    }
    const move = moveForKey(e.key, ctrl, e.shiftKey);
    if (!move || (mode.editing && CARET_MOVES.has(move) && !e.shiftKey)) return;
    e.preventDefault();
    if (!d.commit()) return void e.currentTarget.select();
    mode.editing = false;
    grid.move(path, move, e.shiftKey && e.key !== 'Enter');
  }

  function onMouseDown(e: MouseEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    if (e.shiftKey) {
      e.preventDefault();
      return grid.extendTo(path);
    }
    // A click in the active cell places the caret (edit in place); the first click selects.
    if (document.activeElement === input) return void (mode.editing = true);
    e.preventDefault();
    input.focus();
  }

  const handlers = {
    onKeyDown,
    onMouseDown,
    onChange: (e: { target: HTMLInputElement; nativeEvent: Event }) =>
      d.change(e.target.value, mode.composing || (e.nativeEvent as InputEvent).isComposing),
    onCompositionStart: () => void (mode.composing = true),
    onCompositionEnd: (e: { currentTarget: HTMLInputElement }) => {
      mode.composing = false;
      d.change(e.currentTarget.value, false);
    },
    onDoubleClick: () => void (mode.editing = true),
    onFocus: (e: { currentTarget: HTMLInputElement }) => {
      mode.editing = false;
      e.currentTarget.select();
      grid.focused(path);
    },
    onBlur: () => {
      mode.composing = false;
      d.commit();
    },
    onPaste: (e: ClipboardEvent<HTMLInputElement>) => {
      if (readOnly) return void e.preventDefault();
      if (!grid.paste(path, e.clipboardData.getData('text/plain'))) return;
      e.preventDefault();
      d.cancel();
    },
  };
  return { draft: d.draft, handlers };
}
