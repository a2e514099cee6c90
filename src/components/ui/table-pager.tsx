import type { Table } from '@tanstack/react-table';

// The pager under a TanStack table of the app (drafts list, workspace): shown from two pages on.

const TEXT = {
  page: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
  prevPage: '上一页',
  nextPage: '下一页',
} as const;

/** 上一页 · 第 n / m 页 · 下一页 under a paginated table; nothing when it fits on one page. */
export function TablePager<Row>({ table }: { readonly table: Table<Row> }) {
  const pages = table.getPageCount();
  if (pages <= 1) return null;
  const pageNumber = table.getState().pagination.pageIndex + 1;
  return (
    <div className="pager">
      <button
        type="button"
        onClick={() => table.previousPage()}
        disabled={!table.getCanPreviousPage()}
      >
        {TEXT.prevPage}
      </button>
      <span>{TEXT.page(pageNumber, pages)}</span>
      <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        {TEXT.nextPage}
      </button>
    </div>
  );
}
