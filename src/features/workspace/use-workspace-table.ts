import { useMemo, useState } from 'react';
import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type FilterFn,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { normalizeAgency } from '@/domain';
import type { WorkspaceRow } from './logic/rows';
import { workspaceColumns } from './workspace-columns';

/** 50 rows a page, as the drafts list: sorting or filtering 500 agencies re-renders one page. */
export const PAGE_SIZE = 50;

/** The 搜索机关 filter: part of the name, compared as roster names are (width, spaces). */
const agencyFilter: FilterFn<WorkspaceRow> = (row, _column, value: string) =>
  normalizeAgency(row.original.agency).includes(normalizeAgency(value));

/** The workspace's TanStack table: sort, filter by name and status, hide columns, select rows. */
export function useWorkspaceTable(rows: WorkspaceRow[], href: (id: string) => string) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>({});
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const columns = useMemo(() => workspaceColumns(href), [href]);
  return useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters, globalFilter, columnVisibility, rowSelection },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange: setRowSelection,
    globalFilterFn: agencyFilter,
    getColumnCanGlobalFilter: (column) => column.id === 'agency',
    enableRowSelection: (row) => row.original.id !== null,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE } },
    getRowId: (r) => r.key,
    autoResetPageIndex: false,
  });
}

/** The workspace table instance. */
export type WorkspaceTable = ReturnType<typeof useWorkspaceTable>;
