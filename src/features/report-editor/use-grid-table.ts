import { useMemo } from 'react';
import type { TableLayout } from '@/domain';
import { buildGridModel, type GridModel } from './logic/grid-model';
import { headerRows } from './logic/header-model';
import { columnWidths, stickyOffsets } from './logic/column-widths';
import { columnKey } from './logic/derive';

/** Number of label columns on the left (they stay visible when scrolling sideways). */
function labelColumns(model: GridModel): number {
  const ends = model.rows.flatMap((r) =>
    r.filter((p) => p.cell.type === 'label').map((p) => p.col + p.colSpan),
  );
  return Math.max(0, ...ends);
}

function columnFlagKeys(model: GridModel): (string | undefined)[] {
  return Array.from({ length: model.columnCount }, (_, col) => {
    const cell = model.cells.find((c) => c.col === col && c.colSpan === 1);
    return cell ? columnKey(cell.path) : undefined;
  });
}

type HeaderRows = ReturnType<typeof headerRows>;

/**
 * The header cells to draw: each with its sticky offset when it lies within the label columns
 * (they stay in view when scrolling sideways), and its column's flag key when it heads one column.
 */
function placeHeaders(
  headers: HeaderRows,
  offsets: readonly number[],
  flagKeys: readonly (string | undefined)[],
  labels: number,
) {
  return headers.map((row) =>
    row.map((h) => ({
      h,
      left: h.col + h.colSpan <= labels ? offsets[h.col] : undefined,
      flagKey: h.colSpan === 1 ? flagKeys[h.col] : undefined,
    })),
  );
}

/**
 * The column model of a grid, all of it derived from the layout (static for a table): the
 * merged header rows to draw, column widths, the table's width, sticky offsets and column flag
 * keys.
 */
export function useGridTable(layout: TableLayout) {
  const model = useMemo(() => buildGridModel(layout), [layout]);
  const widths = useMemo(() => columnWidths(layout), [layout]);
  const offsets = useMemo(() => stickyOffsets(widths), [widths]);
  const flagKeys = useMemo(() => columnFlagKeys(model), [model]);
  const headers = useMemo(() => {
    const rows = headerRows(layout);
    return placeHeaders(rows, offsets, flagKeys, rows.length > 0 ? labelColumns(model) : 0);
  }, [layout, model, offsets, flagKeys]);
  const tableWidth = useMemo(() => `${widths.reduce((a, b) => a + b, 0)}rem`, [widths]);
  return { model, headers, widths, tableWidth, offsets, flagKeys };
}
