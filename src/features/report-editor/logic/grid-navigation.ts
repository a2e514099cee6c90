import { cellAt, inputCells, type GridCell, type GridModel } from './grid-model';

/** A move of the active cell, as the spreadsheet keys ask for it. */
export type Move = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'first' | 'last';

/** Maps a key (with Ctrl/Shift) to a move, or null when the key does not move. */
export function moveForKey(key: string, ctrl: boolean, shift: boolean): Move | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Enter':
      return shift ? 'up' : 'down';
    case 'Home':
      return ctrl ? 'first' : 'rowStart';
    case 'End':
      return ctrl ? 'last' : 'rowEnd';
    default:
      return null;
  }
}

function vertical(model: GridModel, from: GridCell, step: 1 | -1): GridCell | undefined {
  for (let row = from.row + step; row >= 0 && row < model.rowCount; row += step) {
    const hit = cellAt(model, row, from.col);
    if (hit?.type === 'input') return hit;
  }
  return undefined;
}

function horizontal(model: GridModel, from: GridCell, step: 1 | -1): GridCell | undefined {
  const inRow = inputCells(model).filter((c) => c.row === from.row);
  const ordered = step === 1 ? inRow : [...inRow].reverse();
  return ordered.find((c) => (step === 1 ? c.col > from.col : c.col < from.col));
}

/** The path of the input cell a move leads to from `path`, or null when it stays put. */
export function nextCell(model: GridModel, path: string, move: Move): string | null {
  const from = model.byPath.get(path);
  if (!from) return null;
  const inputs = inputCells(model);
  const inRow = inputs.filter((c) => c.row === from.row);
  const target = ((): GridCell | undefined => {
    switch (move) {
      case 'up':
        return vertical(model, from, -1);
      case 'down':
        return vertical(model, from, 1);
      case 'left':
        return horizontal(model, from, -1);
      case 'right':
        return horizontal(model, from, 1);
      case 'rowStart':
        return inRow[0];
      case 'rowEnd':
        return inRow[inRow.length - 1];
      case 'first':
        return inputs[0];
      case 'last':
        return inputs[inputs.length - 1];
    }
  })();
  return target && target.path !== path ? target.path : null;
}

/** A rectangular block of the grid, from one cell to another (either corner first). */
export type Block = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/** The block spanned by two value cells. */
export function blockBetween(model: GridModel, a: string, b: string): Block | null {
  const p = model.byPath.get(a);
  const q = model.byPath.get(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col + p.colSpan, q.col + q.colSpan) - 1,
  };
}

/** Value cells inside a block, in reading order. */
export function cellsInBlock(model: GridModel, block: Block): GridCell[] {
  return model.cells.filter(
    (c) =>
      c.row >= block.top && c.row <= block.bottom && c.col >= block.left && c.col <= block.right,
  );
}
