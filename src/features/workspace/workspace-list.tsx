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
import { ROLE_LABELS } from '@/domain/workflow';
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

/** The year's table with its tools: who acts (set in 设置), batch actions on the selection, exports. */
export function WorkspaceList(props: WorkspaceListProps) {
  const { table, year } = props;
  const actor = useIdentity();
  const batch = useBatch(props);
  const exporter = useTableExport(year);
  const [returning, setReturning] = useState(false);
  const filtered = table.getFilteredRowModel().rows.map((r) => r.original);
  const selected = new Set(table.getFilteredSelectedRowModel().rows.map((r) => r.id));
  const targets = batchTargets(filtered, selected);
  const onAction = (action: BatchAction) =>
    action === 'return' ? setReturning(true) : void batch.run(action, targets, actor);
  return (
    <section className="workspace-panel workspace-list" aria-labelledby="workspace-list-title">
      <h3 id="workspace-list-title" className="visually-hidden">
        {W.tableLabel(year)}
      </h3>
      <p className="workspace-actor" data-identity={actor?.role ?? 'none'}>
        {actor
          ? WB.actorShown(R.identityShown(actor.name, ROLE_LABELS[actor.role]))
          : WB.actorMissing}
      </p>
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
      <ListBody
        data={props.data}
        rows={table.getCoreRowModel().rows.length}
        shown={filtered.length}
      >
        <WorkspaceTable table={table} year={year} />
      </ListBody>
      {returning && (
        <ReturnDialog
          count={targets.length}
          onClose={() => setReturning(false)}
          onConfirm={(reason) => void batch.run('return', targets, actor, reason)}
        />
      )}
    </section>
  );
}

function ListBody(props: {
  data: WorkspaceData;
  rows: number;
  shown: number;
  children: ReactNode;
}) {
  if (props.data.kind === 'loading') return <p role="status">{W.loading}</p>;
  if (props.data.kind === 'failed') return <p role="alert">{W.listFailed(props.data.message)}</p>;
  if (props.rows === 0) return <EmptyState title={W.emptyTitle} description={W.emptyHow} />;
  if (props.shown === 0) return <p>{W.noMatch}</p>;
  return props.children;
}
