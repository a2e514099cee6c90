import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { KeyFigures } from '@/domain';
import { formatTime } from '@/components/format-time';
import { previousText, WORKSPACE_STATUS_LABELS, type WorkspaceRow } from './logic/rows';
import { SelectAllBox, SelectRowBox } from './select-box';
import { W } from './strings';

const col = createColumnHelper<WorkspaceRow>();
const collator = new Intl.Collator('zh-CN');

/** 年-月-日 时:分: the seconds of formatTime only widen the column. */
function shortTime(iso: string): string {
  return formatTime(iso).slice(0, 16);
}

/**
 * Counts sort largest first on the first click; blanks (a blank figure, 未报送) are undefined
 * to the table, so that they stay last in both directions.
 */
const COUNT_SORT = { sortDescFirst: true, sortUndefined: 'last' } as const;

const PREVIOUS_RANK = { mismatch: 0, consistent: 1, 'no-previous': 2 } as const;

function figureColumn(key: keyof KeyFigures, header: string) {
  return col.accessor((r) => r.figures?.[key] ?? undefined, {
    id: key,
    header,
    ...COUNT_SORT,
    cell: (c) => c.getValue() ?? '',
  });
}

/** 错误 or 提示 of the checks: blank for 未报送, 未检查 for a report not checked yet. */
function problemColumn(key: 'errors' | 'warnings', header: string) {
  return col.accessor((r) => r[key] ?? undefined, {
    id: key,
    header,
    ...COUNT_SORT,
    cell: (c) => (
      <ProblemCount value={c.row.original[key]} kind={key} missing={!c.row.original.id} />
    ),
  });
}

function AgencyCell({ row, href }: { row: WorkspaceRow; href: (id: string) => string }) {
  if (row.id === null) return <span className="workspace-missing-name">{row.agency}</span>;
  return <a href={href(row.id)}>{row.agency}</a>;
}

/** Columns holding counts, right-aligned like figures in a printed table. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'errors',
  'warnings',
  'newReceived',
  'grandTotal',
  'carriedForward',
  'reconsiderationTotal',
  'litigationTotal',
]);

/** The checkbox and 机关: never hidden, so that a row can always be told and picked. */
function identityColumns(href: (id: string) => string) {
  return [
    col.display({
      id: 'select',
      header: ({ table }) => <SelectAllBox table={table} />,
      cell: ({ row }) => <SelectRowBox row={row} />,
      enableHiding: false,
    }),
    col.accessor('agency', {
      header: W.agency,
      sortingFn: (a, b) => collator.compare(a.original.agency, b.original.agency),
      enableHiding: false,
      cell: (c) => <AgencyCell row={c.row.original} href={href} />,
    }),
  ];
}

/** 状态, 错误, 提示 and 与上年: where each report stands and what its checks found. */
function checkColumns() {
  return [
    col.accessor('status', {
      header: W.status,
      filterFn: 'equals',
      cell: (c) => (
        <span className="workspace-status" data-status={c.getValue()}>
          {WORKSPACE_STATUS_LABELS[c.getValue()]}
        </span>
      ),
    }),
    problemColumn('errors', W.errors),
    problemColumn('warnings', W.warnings),
    col.accessor((r) => (r.previous === null ? 3 : PREVIOUS_RANK[r.previous.kind]), {
      id: 'previous',
      header: W.previous,
      cell: (c) => (
        <span data-previous={c.row.original.previous?.kind}>
          {previousText(c.row.original.previous, c.row.original.comparing)}
        </span>
      ),
    }),
  ];
}

/** The key figures of each report, as the 汇总 sums them. */
function figureColumns() {
  return [
    figureColumn('newReceived', W.newReceived),
    figureColumn('grandTotal', W.grandTotal),
    figureColumn('carriedForward', W.carriedForward),
    figureColumn('reconsiderationTotal', W.reconsiderationTotal),
    figureColumn('litigationTotal', W.litigationTotal),
  ];
}

/** 来源 and 最后修改: where each report came from and when it last changed. */
function recordColumns() {
  return [
    col.accessor('source', { header: W.source }),
    col.accessor((r) => r.updatedAt ?? '', {
      id: 'updatedAt',
      header: W.updatedAt,
      cell: (c) => (c.getValue() === '' ? '' : shortTime(c.getValue())),
    }),
  ];
}

/** The workspace's columns; stable for a given `href` (see pitfalls.md item 2). */
export function workspaceColumns(href: (id: string) => string) {
  const columns = [
    ...identityColumns(href),
    ...checkColumns(),
    ...figureColumns(),
    ...recordColumns(),
  ];
  return columns as ColumnDef<WorkspaceRow, unknown>[];
}

function ProblemCount(props: { value: number | null; kind: string; missing: boolean }) {
  if (props.missing) return null;
  if (props.value === null) return <span className="workspace-muted">{W.notChecked}</span>;
  return (
    <span className="workspace-count" data-kind={props.kind} data-zero={props.value === 0}>
      {props.value}
    </span>
  );
}
