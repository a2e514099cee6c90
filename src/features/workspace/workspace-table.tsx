import { flexRender, type Header } from '@tanstack/react-table';
import { TablePager } from '@/components/ui/table-pager';
import type { WorkspaceRow } from './logic/rows';
import type { WorkspaceTable as Table } from './use-workspace-table';
import { NUMERIC_COLUMNS } from './workspace-columns';
import { W } from './strings';

const SORT_MARK = { asc: W.sortedAsc, desc: W.sortedDesc } as const;

function HeaderCell({ header }: { header: Header<WorkspaceRow, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const numeric = NUMERIC_COLUMNS.has(header.column.id) ? 'numeric' : undefined;
  const sorted = header.column.getIsSorted();
  if (!header.column.getCanSort() || header.column.id === 'select') {
    return (
      <th scope="col" className={numeric}>
        {label}
      </th>
    );
  }
  const aria = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={aria} className={numeric}>
      <button
        type="button"
        className="sort-button"
        onClick={header.column.getToggleSortingHandler()}
      >
        {label}
        {sorted ? SORT_MARK[sorted] : ''}
      </button>
    </th>
  );
}

/** The rows of the workspace, one per agency of the year, with their pager. */
export function WorkspaceTable({ table, year }: { table: Table; year: number }) {
  return (
    <>
      <div className="workspace-table-wrap">
        <table className="workspace-table" aria-label={W.tableLabel(year)}>
          <thead>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => (
                  <HeaderCell key={h.id} header={h} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                data-agency={row.original.agency}
                data-report-id={row.original.id ?? undefined}
                data-status={row.original.status}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={NUMERIC_COLUMNS.has(cell.column.id) ? 'numeric' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TablePager table={table} />
    </>
  );
}
