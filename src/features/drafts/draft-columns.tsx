import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { ReportSummary } from '@/storage/report-store';
import { formatTime } from '@/components/format-time';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { compareProblems, compareText } from './logic/filter-drafts';
import { RowActions, type RowActionProps } from './row-actions';
import { D, STATUS_LABELS } from './strings';

const col = createColumnHelper<ReportSummary>();

const STATUS_TONES: Record<ReportSummary['status'], BadgeTone> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'warning',
  approved: 'success',
};

/** How the problems read: red with errors, amber with warnings only. */
function problemsTone(r: ReportSummary): 'danger' | 'warning' | 'none' {
  if (r.unreadable !== null || (r.problems?.errors ?? 0) > 0) return 'danger';
  return (r.problems?.warnings ?? 0) > 0 ? 'warning' : 'none';
}

function problemsText(r: ReportSummary): string {
  if (r.unreadable !== null) return D.unreadable;
  if (r.problems === null) return D.problemsUnknown;
  return D.problemsText(r.problems.errors, r.problems.warnings);
}

/** The columns of the drafts table; `trash` shows the deletion time and the 回收站 actions. */
export function draftColumns(trash: boolean, actions: RowActionProps['actions']) {
  const columns = [
    col.accessor('agency', {
      header: D.agency,
      sortingFn: (a, b) => compareText(a.original.agency, b.original.agency),
    }),
    col.accessor('year', { header: D.year }),
    col.accessor('title', { header: D.reportTitle, enableSorting: false }),
    col.accessor((r) => STATUS_LABELS[r.status], {
      id: 'status',
      header: D.status,
      cell: (c) => <Badge tone={STATUS_TONES[c.row.original.status]}>{c.getValue()}</Badge>,
    }),
    col.accessor((r) => problemsText(r), {
      id: 'problems',
      header: D.problems,
      cell: (c) => <span data-tone={problemsTone(c.row.original)}>{c.getValue()}</span>,
      sortingFn: (a, b) => compareProblems(a.original, b.original),
    }),
    trash
      ? col.accessor((r) => r.deletedAt ?? '', {
          id: 'deletedAt',
          header: D.deletedAt,
          cell: (c) => formatTime(c.getValue()),
        })
      : col.accessor('updatedAt', { header: D.updatedAt, cell: (c) => formatTime(c.getValue()) }),
    col.display({
      id: 'actions',
      header: D.actions,
      cell: (c) => <RowActions report={c.row.original} trash={trash} actions={actions} />,
    }),
  ];
  return columns as ColumnDef<ReportSummary, unknown>[];
}
