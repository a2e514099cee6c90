import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { KeyFigures } from '@/domain';
import { formatTime } from '@/components/format-time';
import { previousText, WORKSPACE_STATUS_LABELS, type WorkspaceRow } from './logic/rows';
import { SelectAllBox, SelectRowBox } from './select-box';
import { W } from './strings';

const col = createColumnHelper<WorkspaceRow>();
const collator = new Intl.Collator('zh-CN');

/**
 * Counts sort largest first on the first click; blanks (a blank figure, 未报送) are undefined
 * to the table, so that they stay last in both directions.
 */
/** 年-月-日 时:分: the seconds of formatTime only widen the column. */
function shortTime(iso: string): string {
  return formatTime(iso).slice(0, 16);
}

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

/** The workspace's columns; stable for a given `href` (see pitfalls.md item 2). */
export function workspaceColumns(href: (id: string) => string) {
  const columns = [
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
    col.accessor('status', {
      header: W.status,
      filterFn: 'equals',
      cell: (c) => (
        <span className="workspace-status" data-status={c.getValue()}>
          {WORKSPACE_STATUS_LABELS[c.getValue()]}
        </span>
      ),
    }),
    col.accessor((r) => r.errors ?? undefined, {
      id: 'errors',
      header: W.errors,
      ...COUNT_SORT,
      cell: (c) => (
        <ProblemCount value={c.row.original.errors} kind="errors" missing={!c.row.original.id} />
      ),
    }),
    col.accessor((r) => r.warnings ?? undefined, {
      id: 'warnings',
      header: W.warnings,
      ...COUNT_SORT,
      cell: (c) => (
        <ProblemCount
          value={c.row.original.warnings}
          kind="warnings"
          missing={!c.row.original.id}
        />
      ),
    }),
    col.accessor((r) => (r.previous === null ? 3 : PREVIOUS_RANK[r.previous.kind]), {
      id: 'previous',
      header: W.previous,
      cell: (c) => (
        <span data-previous={c.row.original.previous?.kind}>
          {previousText(c.row.original.previous, c.row.original.comparing)}
        </span>
      ),
    }),
    figureColumn('newReceived', W.newReceived),
    figureColumn('grandTotal', W.grandTotal),
    figureColumn('carriedForward', W.carriedForward),
    figureColumn('reconsiderationTotal', W.reconsiderationTotal),
    figureColumn('litigationTotal', W.litigationTotal),
    col.accessor('source', { header: W.source }),
    col.accessor((r) => r.updatedAt ?? '', {
      id: 'updatedAt',
      header: W.updatedAt,
      cell: (c) => (c.getValue() === '' ? '' : shortTime(c.getValue())),
    }),
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
