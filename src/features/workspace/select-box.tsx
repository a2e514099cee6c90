import { useEffect, useRef } from 'react';
import type { Row, Table } from '@tanstack/react-table';
import type { WorkspaceRow } from './logic/rows';
import { W } from './strings';

/** The header checkbox: selects every report of the page; mixed when some are. */
export function SelectAllBox({ table }: { table: Table<WorkspaceRow> }) {
  const ref = useRef<HTMLInputElement>(null);
  const some = table.getIsSomePageRowsSelected();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={W.selectAll}
      checked={table.getIsAllPageRowsSelected()}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  );
}

/** A row's checkbox; a 未报送 roster name has no report to select. */
export function SelectRowBox({ row }: { row: Row<WorkspaceRow> }) {
  if (!row.getCanSelect()) return null;
  return (
    <input
      type="checkbox"
      aria-label={W.selectRow(row.original.agency)}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
