import type { TableLayout } from '@/domain';

/** Width of each grid column in rem, chosen so table 3 fits 1280-pixel screens. */
export function columnWidths(layout: TableLayout): number[] {
  const n = layout.columnCount;
  switch (layout.id) {
    case 'table2':
      return [12, ...new Array<number>(n - 1).fill(10)];
    case 'table3':
      return [2.75, 5.5, 14, ...new Array<number>(n - 3).fill(4.5)];
    case 'table4':
      return new Array<number>(n).fill(3.75);
  }
}

/** Left offset (rem) of each column, for label cells that stay visible when scrolling sideways. */
export function stickyOffsets(widths: readonly number[]): number[] {
  return widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
}
