import { useMemo } from 'react';
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { LayoutRow, TableLayout } from '@/domain';
import { buildGridModel, type GridModel } from './logic/grid-model';
import { buildColumns, headerRows } from './logic/header-model';
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
 * The column model of a grid: TanStack Table with stable nested columns built from the layout's
 * merged header, the header rows to draw, column widths, sticky offsets and column flag keys.
 */
export function useGridTable(layout: TableLayout) {
  const model = useMemo(() => buildGridModel(layout), [layout]);
  const columns = useMemo(() => buildColumns<LayoutRow>(layout), [layout]);
  const data = useMemo(() => [...layout.body], [layout]);
  const table = useReactTable({
    data,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.key,
  });
  const headers = useMemo(() => headerRows(table.getHeaderGroups()), [table]);
  const widths = useMemo(() => columnWidths(layout), [layout]);
  const offsets = useMemo(() => stickyOffsets(widths), [widths]);
  const flagKeys = useMemo(() => columnFlagKeys(model), [model]);
  const labels = useMemo(() => (headers.length > 0 ? labelColumns(model) : 0), [model, headers]);
  return { model, table, headers, widths, offsets, flagKeys, labels };
}
