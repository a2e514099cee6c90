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

/**
 * The column model of a grid, all of it derived from the layout (static for a table): the
 * merged header rows to draw, column widths, sticky offsets and column flag keys.
 */
export function useGridTable(layout: TableLayout) {
  const model = useMemo(() => buildGridModel(layout), [layout]);
  const headers = useMemo(() => headerRows(layout), [layout]);
  const widths = useMemo(() => columnWidths(layout), [layout]);
  const offsets = useMemo(() => stickyOffsets(widths), [widths]);
  const flagKeys = useMemo(() => columnFlagKeys(model), [model]);
  const labels = useMemo(() => (headers.length > 0 ? labelColumns(model) : 0), [model, headers]);
  return { model, headers, widths, offsets, flagKeys, labels };
}
