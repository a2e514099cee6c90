// From the domain's printed layout (HTML-like colSpan/rowSpan) to Word's table grid, where every
// row holds a cell for each grid column it covers: a cell merged down several rows opens a
// vertical merge (w:vMerge restart) and each row below holds a continuation cell of the same width.
import type { LayoutCell, LayoutRow, TableLayout } from '../../domain';

/** A cell of a Word row: a layout cell, or the continuation of one merged down from above. */
export type GridCell =
  | { readonly kind: 'cell'; readonly cell: LayoutCell; readonly merge: 'restart' | null }
  | { readonly kind: 'continue'; readonly colSpan: number };

/** A Word row: its cells left to right, covering every grid column once. */
export type GridRow = { readonly row: LayoutRow; readonly cells: readonly GridCell[] };

const rowSpanOf = (cell: LayoutCell): number => ('rowSpan' in cell ? cell.rowSpan : 1);

/**
 * Places the rows (header rows first, then the body) on the table's grid. A cell spanning rows
 * is continued in the rows below, at the grid column where it opened.
 */
export function placeOnGrid(layout: TableLayout): GridRow[] {
  // Grid column → the merge still running down from a row above.
  const running = new Map<number, { colSpan: number; rowsLeft: number }>();
  return [...layout.header, ...layout.body].map((row) => {
    const cells: GridCell[] = [];
    const queue = [...row.cells];
    let column = 0;
    while (column < layout.columnCount) {
      const merged = running.get(column);
      if (merged && merged.rowsLeft > 0) {
        merged.rowsLeft -= 1;
        cells.push({ kind: 'continue', colSpan: merged.colSpan });
        column += merged.colSpan;
        continue;
      }
      const cell = queue.shift();
      if (!cell) break;
      const rowSpan = rowSpanOf(cell);
      if (rowSpan > 1) running.set(column, { colSpan: cell.colSpan, rowsLeft: rowSpan - 1 });
      cells.push({ kind: 'cell', cell, merge: rowSpan > 1 ? 'restart' : null });
      column += cell.colSpan;
    }
    return { row, cells };
  });
}
