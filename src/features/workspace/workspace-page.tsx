import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { gov2021 } from '@/domain';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { IdentityForm } from '@/features/review/identity-form';
import { useIdentity } from '@/features/review/use-identity';
import { buildWorkspace } from './logic/rows';
import { batchTargets, type BatchAction } from './logic/batch';
import { useWorkspaceData } from './use-workspace-data';
import { useWorkspaceTable } from './use-workspace-table';
import { ReceiveArea } from './receive/receive-area';
import { useComparisons } from './use-comparisons';
import { useBatch } from './use-batch';
import { useRoster } from './use-roster';
import { RosterPanel } from './roster-panel';
import { WorkspaceHeader } from './workspace-header';
import { TableTools } from './table-tools';
import { WorkspaceTable } from './workspace-table';
import { BatchBar } from './batch-bar';
import { ReturnDialog } from './return-dialog';
import { useTableExport } from './use-table-export';
import {
  ConsolidateDialog,
  type ConsolidateOutcome,
  type ConsolidateRequest,
} from './consolidate-dialog';
import { loadLastAgency, saveLastAgency } from './last-agency';
import { W } from './strings';
import './workspace.css';

export type WorkspacePageProps = {
  store: ReportStore;
  year: number;
  /** The calendar year now: the year selector offers it and the year before. */
  thisYear: number;
  onYearChange: (year: number) => void;
  reportHref: (id: string) => string;
  openReport: (id: string) => void;
  backHref: string;
  /** runConsolidation of the app (src/app/consolidate-report.ts). */
  consolidate: (request: ConsolidateRequest) => Promise<ConsolidateOutcome>;
  now?: () => string;
  newId?: () => string;
};

const NO_SUMMARIES: ReportSummary[] = [];
const isoNow = () => new Date().toISOString();
const randomId = () => crypto.randomUUID();

function yearsOf(summaries: readonly ReportSummary[], year: number, thisYear: number): number[] {
  const years = new Set([year, thisYear, thisYear - 1]);
  for (const s of summaries) if (s.year > 0 && s.deletedAt === null) years.add(s.year);
  return [...years].sort((a, b) => b - a);
}

/** The office workspace (汇总工作台) of one year: receive, check, review and consolidate. */
export function WorkspacePage(props: WorkspacePageProps) {
  const { store, year } = props;
  const now = props.now ?? isoNow;
  const { data, refresh } = useWorkspaceData(store, year);
  const summaries = data.kind === 'ready' ? data.summaries : NO_SUMMARIES;
  const roster = data.kind === 'ready' ? data.roster : null;
  const comparisons = useComparisons(gov2021, data.kind === 'ready' ? summaries : null, year);
  const model = useMemo(
    () => buildWorkspace(summaries, year, roster, comparisons),
    [summaries, year, roster, comparisons],
  );
  const table = useWorkspaceTable(model.rows, props.reportHref);
  const rosterModel = useRoster({ store, year, data, summaries, onSaved: refresh });
  const actor = useIdentity();
  const batch = useBatch({
    store,
    now,
    newId: props.newId ?? randomId,
    summaries,
    year,
    onChanged: refresh,
  });
  const exporter = useTableExport(year);
  const [dialog, setDialog] = useState<'return' | 'consolidate' | null>(null);
  const filtered = table.getFilteredRowModel().rows.map((r) => r.original);
  const selectedKeys = new Set(table.getFilteredSelectedRowModel().rows.map((r) => r.id));
  const targets = batchTargets(filtered, selectedKeys);
  const closeDialog = useCallback(() => setDialog(null), []);
  const onAction = (action: BatchAction) =>
    action === 'return' ? setDialog('return') : void batch.run(action, targets, actor);
  return (
    <main className="app-main workspace-page">
      <WorkspaceHeader
        year={year}
        years={yearsOf(summaries, year, props.thisYear)}
        counts={data.kind === 'ready' ? model.counts : null}
        backHref={props.backHref}
        onYearChange={(y) => {
          table.resetRowSelection();
          props.onYearChange(y);
        }}
        onConsolidate={() => setDialog('consolidate')}
      />
      <div className="workspace-side">
        <ReceiveArea store={store} t={gov2021} year={year} now={now} onReceived={refresh} />
        <RosterPanel year={year} roster={roster} {...rosterModel} />
      </div>
      <section className="workspace-panel workspace-list" aria-labelledby="workspace-list-title">
        <h3 id="workspace-list-title" className="visually-hidden">
          {W.tableLabel(year)}
        </h3>
        <IdentityForm />
        <BatchBar
          selected={targets.length}
          running={batch.running}
          result={batch.result}
          onAction={onAction}
        />
        <TableTools
          table={table}
          exporting={exporter.busy}
          onExport={(format) => void exporter.run(format, filteredSorted(table))}
        />
        {exporter.message && <p role="status">{exporter.message}</p>}
        <ListBody data={data} rows={model.rows.length} shown={filtered.length}>
          <WorkspaceTable table={table} year={year} />
        </ListBody>
      </section>
      {dialog === 'return' && (
        <ReturnDialog
          count={targets.length}
          onClose={closeDialog}
          onConfirm={(reason) => void batch.run('return', targets, actor, reason)}
        />
      )}
      {dialog === 'consolidate' && (
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

/** The rows in the table's order (sorted, filtered), every page: what an export holds. */
function filteredSorted(table: ReturnType<typeof useWorkspaceTable>) {
  return table.getPrePaginationRowModel().rows.map((r) => r.original);
}

function ListBody(props: {
  data: ReturnType<typeof useWorkspaceData>['data'];
  rows: number;
  shown: number;
  children: ReactNode;
}) {
  if (props.data.kind === 'loading') return <p role="status">{W.loading}</p>;
  if (props.data.kind === 'failed') return <p role="alert">{W.listFailed(props.data.message)}</p>;
  if (props.rows === 0) return <p className="workspace-empty">{W.empty}</p>;
  if (props.shown === 0) return <p>{W.noMatch}</p>;
  return props.children;
}
