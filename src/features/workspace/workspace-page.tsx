import { useCallback, useState } from 'react';
import { gov2021 } from '@/domain';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { ReceiveArea } from './receive/receive-area';
import { useRoster } from './use-roster';
import { useWorkspaceModel } from './use-workspace-model';
import { RosterPanel } from './roster-panel';
import { WorkspaceHeader } from './workspace-header';
import { WorkspaceList } from './workspace-list';
import type { WorkspaceRow } from './logic/rows';
import {
  ConsolidateDialog,
  type ConsolidateOutcome,
  type ConsolidateRequest,
} from './consolidate-dialog';
import { loadLastAgency, saveLastAgency } from './last-agency';
import { newId } from '@/components/new-id';
import './workspace.css';

export type WorkspacePageProps = {
  store: ReportStore;
  year: number;
  /** The calendar year now: the year selector offers it and the year before. */
  thisYear: number;
  onYearChange: (year: number) => void;
  reportHref: (id: string) => string;
  openReport: (id: string) => void;
  /** runConsolidation of the app (src/app/consolidate-report.ts). */
  consolidate: (request: ConsolidateRequest) => Promise<ConsolidateOutcome>;
  now?: () => string;
  newId?: () => string;
};

const isoNow = () => new Date().toISOString();
const randomId = () => newId();

function yearsOf(summaries: readonly ReportSummary[], year: number, thisYear: number): number[] {
  const years = new Set([year, thisYear, thisYear - 1]);
  for (const s of summaries) if (s.year > 0 && s.deletedAt === null) years.add(s.year);
  return [...years].sort((a, b) => b - a);
}

/** The page's state: the year's model and roster, and whether 生成汇总报告 is open. */
function useWorkspacePage(props: WorkspacePageProps) {
  const { store, year } = props;
  const workspace = useWorkspaceModel(store, year, props.reportHref);
  const { data, summaries, refresh, table } = workspace;
  const rosterModel = useRoster({ store, year, data, summaries, onSaved: refresh });
  const [consolidating, setConsolidating] = useState(false);
  const openDialog = () => setConsolidating(true);
  const closeDialog = useCallback(() => setConsolidating(false), []);
  // The selection belongs to the year shown: batch actions in another year start with none.
  const changeYear = (y: number) => {
    table.resetRowSelection();
    props.onYearChange(y);
  };
  return { ...workspace, rosterModel, consolidating, openDialog, closeDialog, changeYear };
}

/** The office workspace (汇总工作台) of one year: receive, check, review and consolidate. */
export function WorkspacePage(props: WorkspacePageProps) {
  const { store, year } = props;
  const now = props.now ?? isoNow;
  const page = useWorkspacePage(props);
  return (
    <main className="app-main workspace-page">
      <WorkspaceHeader
        year={year}
        years={yearsOf(page.summaries, year, props.thisYear)}
        counts={page.data.kind === 'ready' ? page.model.counts : null}
        onYearChange={page.changeYear}
        onConsolidate={page.openDialog}
      />
      <div className="workspace-side">
        <ReceiveArea store={store} t={gov2021} year={year} now={now} onReceived={page.refresh} />
        <RosterPanel year={year} roster={page.roster} {...page.rosterModel} />
      </div>
      <WorkspaceList
        store={store}
        year={year}
        data={page.data}
        summaries={page.summaries}
        table={page.table}
        now={now}
        newId={props.newId ?? randomId}
        onChanged={page.refresh}
      />
      {page.consolidating && (
        <ConsolidateStep
          year={year}
          rows={page.model.rows}
          consolidate={props.consolidate}
          openReport={props.openReport}
          onClose={page.closeDialog}
        />
      )}
    </main>
  );
}

type ConsolidateStepProps = Pick<WorkspacePageProps, 'year' | 'consolidate' | 'openReport'> & {
  rows: readonly WorkspaceRow[];
  onClose: () => void;
};

/** 生成汇总报告 under the name used last time; the new 汇总 opens once made. */
function ConsolidateStep({ year, rows, consolidate, openReport, onClose }: ConsolidateStepProps) {
  return (
    <ConsolidateDialog
      year={year}
      rows={rows}
      initialAgency={loadLastAgency()}
      consolidate={consolidate}
      onClose={onClose}
      onDone={(id, agency) => {
        saveLastAgency(agency);
        openReport(id);
      }}
    />
  );
}
