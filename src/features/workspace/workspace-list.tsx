import { useState, type ReactNode } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { EmptyState } from '@/components/ui/empty-state';
import { useIdentity } from '@/features/review/use-identity';
import { R } from '@/features/review/strings';
import { batchTargets, type BatchAction } from './logic/batch';
import type { WorkspaceData } from './use-workspace-data';
import type { WorkspaceTable as Table } from './use-workspace-table';
import { useBatch } from './use-batch';
import { useTableExport } from './use-table-export';
import { BatchBar } from './batch-bar';
import { TableTools } from './table-tools';
import { WorkspaceTable } from './workspace-table';
import { ReturnDialog } from './return-dialog';
import { ROLE_LABELS, type Actor } from '@/domain/workflow';
import { W, WB } from './strings';

type WorkspaceListProps = {
  store: ReportStore;
  year: number;
  data: WorkspaceData;
  summaries: readonly ReportSummary[];
  table: Table;
  now: () => string;
  newId: () => string;
  onChanged: () => void;
};

/** The rows in the table's order (sorted, filtered), every page: what an export holds. */
function filteredSorted(table: Table) {
  return table.getPrePaginationRowModel().rows.map((r) => r.original);
}

/** Who acts, the selected reports a batch acts on, and the 批量退回 dialog it may open. */
function useBatchActions(props: WorkspaceListProps) {
  const filtered = props.table.getFilteredRowModel().rows.map((r) => r.original);
  const actor = useIdentity();
  const batch = useBatch(props);
  const [returning, setReturning] = useState(false);
  const selected = new Set(props.table.getFilteredSelectedRowModel().rows.map((r) => r.id));
  const targets = batchTargets(filtered, selected);
  const onAction = (action: BatchAction) =>
    action === 'return' ? setReturning(true) : void batch.run(action, targets, actor);
  const closeReturn = () => setReturning(false);
  const confirmReturn = (reason: string) => void batch.run('return', targets, actor, reason);
  const { running, result } = batch;
  return { actor, running, result, targets, returning, onAction, closeReturn, confirmReturn };
}

/** The year's table with its tools: who acts (set in 设置), batch actions on the selection, exports. */
export function WorkspaceList(props: WorkspaceListProps) {
  const { table, year } = props;
  const batch = useBatchActions(props);
  const exporter = useTableExport(year);
  return (
    <section className="workspace-panel workspace-list" aria-labelledby="workspace-list-title">
      <h3 id="workspace-list-title" className="visually-hidden">
        {W.tableLabel(year)}
      </h3>
      <ActorLine actor={batch.actor} />
      <BatchBar
        selected={batch.targets.length}
        running={batch.running}
        result={batch.result}
        onAction={batch.onAction}
      />
      <TableTools
        table={table}
        exporting={exporter.busy}
        onExport={(format) => void exporter.run(format, filteredSorted(table))}
      />
      {exporter.message && <p role="status">{exporter.message}</p>}
      <ListBody data={props.data} table={table}>
        <WorkspaceTable table={table} year={year} />
      </ListBody>
      {batch.returning && (
        <ReturnDialog
          count={batch.targets.length}
          onClose={batch.closeReturn}
          onConfirm={batch.confirmReturn}
        />
      )}
    </section>
  );
}

/** 操作人 above the table: 批量退回 and 批量定稿 record who did them. */
function ActorLine({ actor }: { actor: Actor | null }) {
  return (
    <p className="workspace-actor" data-identity={actor?.role ?? 'none'}>
      {actor
        ? WB.actorShown(R.identityShown(actor.name, ROLE_LABELS[actor.role]))
        : WB.actorMissing}
    </p>
  );
}

/** The table, or why there is none: loading, failed, no reports yet, or none matching. */
function ListBody(props: { data: WorkspaceData; table: Table; children: ReactNode }) {
  if (props.data.kind === 'loading') return <p role="status">{W.loading}</p>;
  if (props.data.kind === 'failed') return <p role="alert">{W.listFailed(props.data.message)}</p>;
  if (props.table.getCoreRowModel().rows.length === 0)
    return <EmptyState title={W.emptyTitle} description={W.emptyHow} />;
  if (props.table.getFilteredRowModel().rows.length === 0) return <p>{W.noMatch}</p>;
  return props.children;
}
