import type { ReactNode } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import type { NewReportWay } from './logic/new-report-form';
import type { DraftList } from './use-drafts';
import { useDraftsPage, type DraftsPageState, type RowActionHandlers } from './use-drafts-page';
import { DraftsEmpty } from './drafts-empty';
import { DraftsHeader } from './drafts-header';
import { DraftsTable } from './drafts-table';
import { RenameDialog } from './rename-dialog';
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

/** The start screen's body: 我的报告 with its count, filters, 回收站, the table or the empty state. */
export function DraftsPage(props: DraftsPageProps) {
  const page = useDraftsPage(props);
  const { list, renaming, setRenaming } = page;
  return (
    <main className="app-main drafts-page">
      {props.banner}
      {list.kind === 'failed' && (
        <p role="alert" className="app-banner">
          {D.listFailed(list.message)} {D.storageUnavailable}
        </p>
      )}
      <DraftsList
        page={page}
        sampleHref={props.sampleHref}
        onNew={props.onNew}
        canFollowLastYear={props.canFollowLastYear}
      />
      {renaming && (
        <RenameDialog
          report={renaming}
          onClose={() => setRenaming(null)}
          onRename={(title) => (setRenaming(null), void page.actions.rename(renaming.id, title))}
        />
      )}
    </main>
  );
}

type DraftsListProps = Pick<DraftsPageProps, 'sampleHref' | 'onNew' | 'canFollowLastYear'> & {
  page: DraftsPageState;
};

/** The list's card: its header, then loading, the empty state, or the table of what matches. */
function DraftsList({ page, ...p }: DraftsListProps) {
  const { list, filter } = page;
  return (
    <section className="drafts-list card" aria-labelledby="drafts-title">
      <DraftsHeader
        filter={filter}
        onFilter={page.setFilter}
        years={page.years}
        live={page.live}
        trashed={page.trashed}
        empty={page.empty}
        sampleHref={p.sampleHref}
        actions={page.actions}
      />
      {list.kind === 'loading' && <p role="status">{D.loading}</p>}
      {page.empty ? (
        <DraftsEmpty onNew={p.onNew} canFollowLastYear={p.canFollowLastYear} />
      ) : (
        list.kind === 'ready' && (
          <DraftsBody
            total={page.items.length}
            rows={page.rows}
            trash={filter.trash}
            actions={page.rowActions}
          />
        )
      )}
    </section>
  );
}

type DraftsBodyProps = {
  total: number;
  rows: ReportSummary[];
  trash: boolean;
  actions: RowActionHandlers;
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
