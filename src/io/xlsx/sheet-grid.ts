import type { Worksheet } from 'exceljs';
import { toLines, type Line } from '../text-import/lines';
import { cellText } from './cell-text';

// A worksheet as a grid of cell texts (row-major, 0-based), the form the table finders read.
// Report tables sit in the first few dozen rows and columns; the caps keep a stray cell at
// XFD1048576 from making the importer build a huge grid.

export const MAX_GRID_ROWS = 2000;
export const MAX_GRID_COLS = 100;

/** A worksheet's name and the texts of its cells ('' for blank). */
export type Grid = { readonly name: string; readonly rows: readonly (readonly string[])[] };

/** The grid of a worksheet; rows end at their last non-blank cell. */
export function sheetGrid(ws: Worksheet): Grid {
  const rows: string[][] = [];
  ws.eachRow((row, r) => {
    if (r > MAX_GRID_ROWS) return;
    const cells: string[] = [];
    row.eachCell((cell, c) => {
      if (c > MAX_GRID_COLS) return;
      const text = cellText(cell);
      if (text === '') return;
      while (cells.length < c - 1) cells.push('');
      cells[c - 1] = text;
    });
    rows[r - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: ws.name, rows };
}

/** A cell's text on one line: tabs and line breaks inside a cell would split it. */
export function flatText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Grid rows as the text importer's lines, one tab-separated line per row. */
export function gridLines(rows: readonly (readonly string[])[]): Line[] {
  return toLines(rows.map((cells) => cells.map(flatText).join('\t')).join('\n'));
}
