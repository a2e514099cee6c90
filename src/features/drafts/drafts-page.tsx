import { useMemo, useState, type ReactNode } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { filterDrafts, NO_FILTER, trashCount, yearsOf } from './logic/filter-drafts';
import { useDrafts } from './use-drafts';
import { useDraftActions, type DraftActions } from './use-draft-actions';
import { DraftsFilters } from './drafts-filters';
import { DraftsTable } from './drafts-table';
import { NewReportPanel } from './new-report-panel';
import { BackupPanel } from './backup-panel';
import { StorageStatus } from './storage-status';
import { RenameForm } from './rename-form';
import { TrashBar } from './trash-bar';
import { D } from './strings';
import './drafts.css';

export type DraftsPageProps = {
  store: ReportStore;
  /** The address of a report's editor. */
  reportHref: (id: string) => string;
  /** Opens a report (after 新建). */
  openReport: (id: string) => void;
  sampleHref: string;
  /** Controls composed by the app next to 新建 (the 导入 button of the import feature). */
  extraActions?: ReactNode;
  now?: () => Date;
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

/** The start screen: every stored report, filters, 回收站, 新建, backup, storage status. */
export function DraftsPage(props: DraftsPageProps) {
  const { store } = props;
  const now = props.now ?? (() => new Date());
  const { list, refresh } = useDrafts(store);
  const actions = useDraftActions(store, refresh);
  const { renaming, setRenaming, rowActions } = useRowActions(props, actions);
  const [filter, setFilter] = useState(NO_FILTER);
  const items = useMemo(() => (list.kind === 'ready' ? list.items : []), [list]);
  const rows = useMemo(() => filterDrafts(items, filter), [items, filter]);
  const years = useMemo(() => yearsOf(items), [items]);
  return (
    <main className="app-main drafts-page">
      <StorageStatus />
      {list.kind === 'failed' && (
        <p role="alert" className="app-banner">
          {D.listFailed(list.message)} {D.storageUnavailable}
        </p>
      )}
      <p className="drafts-links">
        {props.extraActions}
        <a href={props.sampleHref}>{D.viewSample}</a>
        <a href="?workspace">{D.workspace}</a>
      </p>
      <NewReportPanel
        store={store}
        list={items}
        thisYear={now().getFullYear()}
        onCreated={props.openReport}
      />
      <section className="drafts-list" aria-labelledby="drafts-title">
        <h2 id="drafts-title">{filter.trash ? D.trashTitle : D.title}</h2>
        <TrashBar
          trash={filter.trash}
          count={trashCount(items)}
          onToggle={() => setFilter({ ...filter, trash: !filter.trash })}
          onEmpty={() => void actions.emptyTrash()}
        />
        <DraftsFilters filter={filter} years={years} onChange={setFilter} />
        {actions.notice && (
          <p role={actions.notice.alert ? 'alert' : 'status'}>{actions.notice.text}</p>
        )}
        {renaming && (
          <RenameForm
            report={renaming}
            onCancel={() => setRenaming(null)}
            onRename={(title) => (setRenaming(null), void actions.rename(renaming.id, title))}
          />
        )}
        <DraftsBody
          list={list.kind}
          total={items.length}
          rows={rows}
          trash={filter.trash}
          actions={rowActions}
        />
      </section>
      <BackupPanel store={store} now={now} onImported={refresh} />
    </main>
  );
}

type DraftsBodyProps = {
  list: 'loading' | 'failed' | 'ready';
  total: number;
  rows: ReportSummary[];
  trash: boolean;
  actions: ReturnType<typeof useRowActions>['rowActions'];
};

function emptyText(trash: boolean, total: number): string {
  if (trash) return D.emptyTrash;
  return total === 0 ? D.empty : D.noMatch;
}

function DraftsBody({ list, total, rows, trash, actions }: DraftsBodyProps) {
  if (list === 'loading') return <p role="status">{D.loading}</p>;
  if (list === 'failed') return null;
  if (rows.length === 0) return <p>{emptyText(trash, total)}</p>;
  return (
    <>
      <p className="drafts-count">{D.count(rows.length, total)}</p>
      <DraftsTable rows={rows} trash={trash} actions={actions} />
    </>
  );
}
