import type { LayoutCell, TableLayout } from '../../domain/layout/table-layout';

// The printed table on a grid: each layout cell gets its row and column, the way a browser places
// an HTML table (a rowSpan keeps its columns taken in the rows below). Rows and columns are
// 0-based from the table's top-left corner.

/** A layout cell with its place on the grid and its extent. */
export type PlacedCell = {
  readonly cell: LayoutCell;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
};

const rowSpanOf = (cell: LayoutCell): number =>
  cell.type === 'header' || cell.type === 'label' ? cell.rowSpan : 1;

/** Every cell of the table (header rows first, then the body) with its grid position. */
export function placeLayout(layout: TableLayout): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  [...layout.header, ...layout.body].forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (taken.has(`${r}:${col}`)) col++;
      const rowSpan = rowSpanOf(cell);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr}:${col + dc}`);
      }
      placed.push({ cell, row: r, col, rowSpan, colSpan: cell.colSpan });
      col += cell.colSpan;
    }
  });
  return placed;
}

/** Number of grid rows the table takes. */
export function rowCountOf(layout: TableLayout): number {
  return layout.header.length + layout.body.length;
}
