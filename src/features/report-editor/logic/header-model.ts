import type { ColumnDef, HeaderGroup, RowData } from '@tanstack/react-table';
import type { LayoutCell, LayoutRow, TableLayout } from '@/domain';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** A leaf column whose header is covered by its group (the 勾稽关系 note over the label columns). */
    hideHeader?: boolean;
    /** Grid column index of a leaf column. */
    index?: number;
  }
}

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

function hiddenLeaves<T>(col: number, span: number): ColumnDef<T>[] {
  return Array.from({ length: span }, (_, i) => ({
    id: `c${col + i}`,
    header: '',
    meta: { hideHeader: true, index: col + i },
  }));
}

function toColumn<T>(node: Placed, all: readonly Placed[]): ColumnDef<T> {
  const below = node.row + node.rowSpan;
  const children = all.filter(
    (p) => p.row === below && p.col >= node.col && p.col < node.col + node.colSpan,
  );
  if (children.length > 0) {
    const columns = children.map((c) => toColumn<T>(c, all));
    return { id: `g${node.row}-${node.col}`, header: node.text, columns };
  }
  if (node.colSpan === 1)
    return { id: `c${node.col}`, header: node.text, meta: { index: node.col } };
  return {
    id: `g${node.row}-${node.col}`,
    header: node.text,
    columns: hiddenLeaves<T>(node.col, node.colSpan),
  };
}

/**
 * Column definitions for TanStack Table that reproduce the merged header of a table layout:
 * one leaf column per grid column, nested under the header cells that span them.
 */
export function buildColumns<T>(layout: TableLayout): ColumnDef<T>[] {
  const placed = placeHeader(layout.header, layout.columnCount);
  if (placed.length === 0) return hiddenLeaves<T>(0, layout.columnCount);
  return placed.filter((p) => p.row === 0).map((p) => toColumn<T>(p, placed));
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
 * Header rows to render from TanStack's header groups. TanStack repeats a shallow column as
 * placeholders above its header; here it is drawn once, at its top, spanning those rows.
 */
export function headerRows<T>(groups: readonly HeaderGroup<T>[]): HeaderCell[][] {
  const seen = new Set<string>();
  return groups
    .map((group, r) =>
      group.headers.flatMap((h): HeaderCell[] => {
        const column = h.column;
        if (column.columnDef.meta?.hideHeader || seen.has(column.id)) return [];
        seen.add(column.id);
        const allHidden = column.getLeafColumns().every((l) => l.columnDef.meta?.hideHeader);
        let rows = 1;
        while (groups[r + rows]?.headers.some((x) => x.column.id === column.id)) rows += 1;
        const text = typeof column.columnDef.header === 'string' ? column.columnDef.header : '';
        const col = column.getLeafColumns()[0]?.columnDef.meta?.index ?? 0;
        const rowSpan = allHidden ? groups.length - r : rows;
        return [{ id: h.id, text, colSpan: h.colSpan, rowSpan, col }];
      }),
    )
    .filter((row) => row.length > 0);
}
