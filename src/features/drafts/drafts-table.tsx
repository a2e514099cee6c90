import { useMemo, useState } from 'react';
import { TablePager } from '@/components/ui/table-pager';
import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type Header,
  type SortingState,
} from '@tanstack/react-table';
import type { ReportSummary } from '@/storage/report-store';
import { draftColumns } from './draft-columns';
import type { RowActionProps } from './row-actions';
import { D } from './strings';

type DraftsTableProps = {
  rows: ReportSummary[];
  trash: boolean;
  actions: RowActionProps['actions'];
};

/** 50 rows a page keeps the list fast with 1,000 reports. */
const PAGE_SIZE = 50;

const SORT_MARK = { asc: D.sortedAsc, desc: D.sortedDesc } as const;

function HeaderCell({ header }: { header: Header<ReportSummary, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const sorted = header.column.getIsSorted();
  if (!header.column.getCanSort()) return <th scope="col">{label}</th>;
  const aria = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={aria}>
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

/** The TanStack table of the drafts: sorted by a clicked column, paged, rows keyed by report id. */
function useDraftsTable(
  rows: ReportSummary[],
  trash: boolean,
  actions: DraftsTableProps['actions'],
) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(() => draftColumns(trash, actions), [trash, actions]);
  return useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
    getRowId: (r) => r.id,
    autoResetPageIndex: true,
  });
}

/** The drafts table (TanStack Table): sortable columns, pages of 50. */
export function DraftsTable({ rows, trash, actions }: DraftsTableProps) {
  const table = useDraftsTable(rows, trash, actions);
  return (
    <>
      <table className="drafts-table" aria-label={trash ? D.trashTitle : D.title}>
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
            <tr key={row.id} data-report-id={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <TablePager table={table} />
    </>
  );
}
