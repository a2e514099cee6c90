import { useCallback, useState } from 'react';
import { gov2021 } from '@/domain';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { ReceiveArea } from './receive/receive-area';
import { useRoster } from './use-roster';
import { useWorkspaceModel } from './use-workspace-model';
import { RosterPanel } from './roster-panel';
import { WorkspaceHeader } from './workspace-header';
import { WorkspaceList } from './workspace-list';
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

/** The office workspace (汇总工作台) of one year: receive, check, review and consolidate. */
export function WorkspacePage(props: WorkspacePageProps) {
  const { store, year } = props;
  const now = props.now ?? isoNow;
  const { data, refresh, summaries, roster, model, table } = useWorkspaceModel(
    store,
    year,
    props.reportHref,
  );
  const rosterModel = useRoster({ store, year, data, summaries, onSaved: refresh });
  const [consolidating, setConsolidating] = useState(false);
  const closeDialog = useCallback(() => setConsolidating(false), []);
  return (
    <main className="app-main workspace-page">
      <WorkspaceHeader
        year={year}
        years={yearsOf(summaries, year, props.thisYear)}
        counts={data.kind === 'ready' ? model.counts : null}
        onYearChange={(y) => {
          table.resetRowSelection();
          props.onYearChange(y);
        }}
        onConsolidate={() => setConsolidating(true)}
      />
      <div className="workspace-side">
        <ReceiveArea store={store} t={gov2021} year={year} now={now} onReceived={refresh} />
        <RosterPanel year={year} roster={roster} {...rosterModel} />
      </div>
      <WorkspaceList
        store={store}
        year={year}
        data={data}
        summaries={summaries}
        table={table}
        now={now}
        newId={props.newId ?? randomId}
        onChanged={refresh}
      />
      {consolidating && (
        <ConsolidateDialog
          year={year}
          rows={model.rows}
          initialAgency={loadLastAgency()}
          consolidate={props.consolidate}
          onClose={closeDialog}
          onDone={(id, agency) => {
            saveLastAgency(agency);
            props.openReport(id);
          }}
        />
      )}
    </main>
  );
}
