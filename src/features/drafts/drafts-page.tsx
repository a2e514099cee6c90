import { useMemo, useState, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import {
  filterDrafts,
  liveCount,
  NO_FILTER,
  trashCount,
  yearsOf,
  type DraftFilter,
} from './logic/filter-drafts';
import type { NewReportWay } from './logic/new-report-form';
import type { DraftList } from './use-drafts';
import { useDraftActions, type DraftActions } from './use-draft-actions';
import { DraftsEmpty } from './drafts-empty';
import { DraftsFilters } from './drafts-filters';
import { DraftsTable } from './drafts-table';
import { RenameDialog } from './rename-dialog';
import { TrashBar } from './trash-bar';
import { D } from './strings';
import './drafts.css';

export type DraftsPageProps = {
  store: ReportStore;
  /** The list of reports (useDrafts) and how to read it again after a change. */
  drafts: { list: DraftList; refresh: () => void };
  /** The address of a report's editor. */
  reportHref: (id: string) => string;
  sampleHref: string;
  /** Opens the 新建 dialog on a way (the empty state's buttons). */
  onNew: (way: NewReportWay) => void;
  /** Whether a report of a past year exists (由上年报告生成 is offered). */
  canFollowLastYear: boolean;
  /** A notice above the list (the storage notice, when the browser refused to keep our data). */
  banner?: ReactNode;
};

function useRowActions(props: DraftsPageProps, actions: DraftActions) {
  const [renaming, setRenaming] = useState<ReportSummary | null>(null);
  const { duplicate, remove, restore, purge } = actions;
  const rowActions = useMemo(
    () => ({
      href: props.reportHref,
      duplicate: (id: string) => void duplicate(id),
      startRename: setRenaming,
      remove: (id: string) => void remove(id),
      restore: (id: string) => void restore(id),
      purge: (id: string) => void purge(id),
    }),
    [props.reportHref, duplicate, remove, restore, purge],
  );
  return { renaming, setRenaming, rowActions };
}

/** The start screen's body: 我的报告 with its count, filters, 回收站, the table or the empty state. */
export function DraftsPage(props: DraftsPageProps) {
  const { list, refresh } = props.drafts;
  const actions = useDraftActions(props.store, refresh);
  const { renaming, setRenaming, rowActions } = useRowActions(props, actions);
  const [filter, setFilter] = useState(NO_FILTER);
  const items = useMemo(() => (list.kind === 'ready' ? list.items : []), [list]);
  const rows = useMemo(() => filterDrafts(items, filter), [items, filter]);
  const years = useMemo(() => yearsOf(items), [items]);
  const live = liveCount(items);
  const trashed = trashCount(items);
  const empty = list.kind === 'ready' && !filter.trash && live === 0;
  return (
    <main className="app-main drafts-page">
      {props.banner}
      {list.kind === 'failed' && (
        <p role="alert" className="app-banner">
          {D.listFailed(list.message)} {D.storageUnavailable}
        </p>
      )}
      <section className="drafts-list card" aria-labelledby="drafts-title">
        <DraftsHeader
          filter={filter}
          onFilter={setFilter}
          years={years}
          live={live}
          trashed={trashed}
          empty={empty}
          sampleHref={props.sampleHref}
          actions={actions}
        />
        {list.kind === 'loading' && <p role="status">{D.loading}</p>}
        {empty ? (
          <DraftsEmpty onNew={props.onNew} canFollowLastYear={props.canFollowLastYear} />
        ) : (
          list.kind === 'ready' && (
            <DraftsBody
              total={items.length}
              rows={rows}
              trash={filter.trash}
              actions={rowActions}
            />
          )
        )}
      </section>
      {renaming && (
        <RenameDialog
          report={renaming}
          onClose={() => setRenaming(null)}
          onRename={(title) => (setRenaming(null), void actions.rename(renaming.id, title))}
        />
      )}
    </main>
  );
}

type DraftsHeaderProps = {
  filter: DraftFilter;
  onFilter: (filter: DraftFilter) => void;
  years: number[];
  live: number;
  trashed: number;
  /** Nothing to list (the empty state shows instead): no filters. */
  empty: boolean;
  sampleHref: string;
  actions: DraftActions;
};

/** The list's title with its count, 查看样例报告, the filters, 回收站 and what the last action did. */
function DraftsHeader({
  filter,
  onFilter,
  live,
  trashed,
  empty,
  actions,
  ...p
}: DraftsHeaderProps) {
  return (
    <>
      <div className="drafts-head">
        <h2 id="drafts-title">{filter.trash ? D.trashTitle : D.title}</h2>
        <Badge>{D.countBadge(filter.trash ? trashed : live)}</Badge>
        <a className="drafts-sample-link" href={p.sampleHref}>
          {D.viewSample}
        </a>
      </div>
      <div className="drafts-toolbar">
        {!empty && <DraftsFilters filter={filter} years={p.years} onChange={onFilter} />}
        {(!empty || trashed > 0) && (
          <TrashBar
            trash={filter.trash}
            count={trashed}
            onToggle={() => onFilter({ ...filter, trash: !filter.trash })}
            onEmpty={() => void actions.emptyTrash()}
          />
        )}
      </div>
      {actions.notice && (
        <p className="drafts-notice" role={actions.notice.alert ? 'alert' : 'status'}>
          {actions.notice.text}
        </p>
      )}
    </>
  );
}

type DraftsBodyProps = {
  total: number;
  rows: ReportSummary[];
  trash: boolean;
  actions: ReturnType<typeof useRowActions>['rowActions'];
};

function DraftsBody({ total, rows, trash, actions }: DraftsBodyProps) {
  if (rows.length === 0) return <p className="drafts-none">{trash ? D.emptyTrash : D.noMatch}</p>;
  return (
    <>
      <DraftsTable rows={rows} trash={trash} actions={actions} />
      <p className="drafts-count">{D.count(rows.length, total)}</p>
    </>
  );
}
