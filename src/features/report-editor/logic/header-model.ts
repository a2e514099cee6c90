import type { LayoutCell, LayoutRow, TableLayout } from '@/domain';

type Placed = { text: string; row: number; rowSpan: number; col: number; colSpan: number };

function placeHeader(header: readonly LayoutRow[], columnCount: number): Placed[] {
  const covered = new Array<number>(columnCount).fill(0);
  return header.flatMap((row, r) => {
    let col = 0;
    const out = row.cells.map((cell: LayoutCell): Placed => {
      while ((covered[col] ?? 0) > 0) col += 1;
      const rowSpan = cell.type === 'header' || cell.type === 'label' ? cell.rowSpan : 1;
      const text = cell.type === 'header' || cell.type === 'label' ? cell.text : '';
      const placed = { text, row: r, rowSpan, col, colSpan: cell.colSpan };
      for (let c = col; c < col + cell.colSpan; c += 1) covered[c] = rowSpan;
      col += cell.colSpan;
      return placed;
    });
    for (let c = 0; c < covered.length; c += 1) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return out;
  });
}

/** A header cell to render: text with its spans. */
export type HeaderCell = {
  readonly id: string;
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** Grid column where it starts. */
  readonly col: number;
};

/**
 * The header rows to draw, straight from the layout's merged header: each cell once, at its top
 * row, with its spans and the grid column where it starts. (No table library: the layout
 * already says where every header cell goes, and a static header costs nothing to render.)
 */
export function headerRows(layout: TableLayout): HeaderCell[][] {
  const placed = placeHeader(layout.header, layout.columnCount);
  return layout.header
    .map((_, r) =>
      placed
        .filter((p) => p.row === r)
        .map(({ text, colSpan, rowSpan, col }) => ({
          id: `h${r}-${col}`,
          text,
          colSpan,
          rowSpan,
          col,
        })),
    )
    .filter((row) => row.length > 0);
}
