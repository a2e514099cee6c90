import type { Move } from './logic/grid-navigation';

/** What a grid offers its cells: moving the active cell, the selected block and pasting. */
export type GridApi = {
  /** Moves focus from `path`; with `extend` the selected block grows instead. */
  move(path: string, move: Move, extend: boolean): void;
  /** A cell got focus (starts a new selection unless one is being extended). */
  focused(path: string): void;
  /** Extends the selected block to `path` (Shift+click). */
  extendTo(path: string): void;
  /** Blanks every input cell of the selected block; false when no block is selected. */
  clearBlock(): boolean;
  /** Pastes a block of text from `path`; returns false when the text is a single value. */
  paste(path: string, text: string): boolean;
};
