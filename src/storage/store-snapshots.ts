import type { TemplateDef } from '../domain/template/types';
import { contentKey } from '../domain/drafts/content-key';
import type { MergePlan } from '../domain/drafts/merge-backup';
import type {
  ReportRecord,
  Snapshot,
  SnapshotKind,
  SnapshotSummary,
} from '../domain/drafts/record';
import { restoreStoredDocument } from './restore-document';
import type { SnapshotLoadResult, StoreEnv } from './report-store';

// History entries shared by every ReportStore implementation. `seq` orders entries taken in
// the same millisecond (an injected clock in tests may not move at all).

/** A stored history entry; `seq` is assigned by the store. */
export type SnapshotRow = Snapshot & { seq?: number };

/** Default number of 'auto' snapshots kept per report. */
export const AUTO_SNAPSHOT_LIMIT = 30;

/** A history entry capturing `record` as it is now. */
export function newSnapshot(
  record: ReportRecord,
  description: string,
  kind: SnapshotKind,
  env: StoreEnv,
): Snapshot {
  return {
    id: env.newId(),
    reportId: record.id,
    createdAt: env.now(),
    description,
    kind,
    rev: record.rev,
    status: record.status,
    updatedAt: record.updatedAt,
    contentKey: contentKey(record),
    document: record.document,
  };
}

/** The history entries an import plan asks for. */
export function plannedSnapshots(plan: MergePlan, env: StoreEnv): Snapshot[] {
  return plan.snapshots.map((p) => ({
    ...newSnapshot(p.version, p.description, p.kind, env),
    contentKey: p.contentKey,
  }));
}

/** Newest first; `seq` breaks ties. */
export function newestFirst(a: SnapshotRow, b: SnapshotRow): number {
  return b.createdAt.localeCompare(a.createdAt) || (b.seq ?? 0) - (a.seq ?? 0);
}

/** A history entry without its document. */
export function summarizeSnapshot(row: SnapshotRow): SnapshotSummary {
  const { document: _document, seq: _seq, ...summary } = row;
  return summary;
}

/** 'auto' entries beyond the limit, oldest ones: they are pruned so history stays small. */
export function autoOverflow(rows: readonly SnapshotRow[], limit: number): SnapshotRow[] {
  return rows
    .filter((r) => r.kind === 'auto')
    .sort(newestFirst)
    .slice(Math.max(0, limit));
}

/** A stored history entry with its document checked. */
export function checkStoredSnapshot(t: TemplateDef, row: SnapshotRow): SnapshotLoadResult {
  const doc = restoreStoredDocument(t, row.document);
  if (!doc.ok) return { ok: false, id: row.id, error: `历史版本无法打开：${doc.error}` };
  const { seq: _seq, ...snapshot } = row;
  return { ok: true, snapshot: { ...snapshot, document: doc.document }, repairs: doc.repairs };
}
