import type { TemplateDef } from '../domain/template/types';
import type { ReportDocument } from '../domain/report/document';
import {
  checkBackup,
  createBackup,
  parseBackup,
  type BackupFile,
  type BackupRoster,
} from '../domain/drafts/backup';
import { hashString, stableStringify } from '../domain/drafts/content-key';
import { mergeBackup } from '../domain/drafts/merge-backup';
import type { ReportRecord, Snapshot } from '../domain/drafts/record';
import { StoreError } from './errors';
import type { ImportBackupResult, StoreEnv } from './report-store';
import { restoreStoredDocument } from './restore-document';
import { checkStoredRecord, readRowFields } from './store-records';
import { plannedSnapshots } from './store-snapshots';

// Backups for every ReportStore implementation. An import checks the whole file before
// anything is written, so a refusal (another kind of file, a newer version, a report that
// cannot be opened) changes nothing; the store then writes the plan in one transaction.

/** The records of a backup file (parsed, or its text), checked; throws 'backup-refused'. */
export function readBackupForImport(
  t: TemplateDef,
  file: unknown,
): { records: ReportRecord[]; rosters: BackupRoster[]; repairs: string[] } {
  const checked = typeof file === 'string' ? parseBackup(file) : checkBackup(file);
  if (!checked.ok) throw new StoreError('backup-refused', checked.error);
  const repairs = [...checked.repairs];
  const records = checked.backup.reports.map((r): ReportRecord => {
    const doc = restoreStoredDocument(t, r.document);
    if (!doc.ok) {
      const message = `备份文件中的报告 ${r.id} 无法读取：${doc.error}。未导入任何内容。`;
      throw new StoreError('backup-refused', message);
    }
    repairs.push(...doc.repairs.map((m) => `报告 ${r.id}：${m}`));
    return { ...r, document: doc.document };
  });
  return { records, rosters: checked.backup.rosters, repairs };
}

/** A backup of the stored rows that can be opened (damaged ones are flagged by `list`), and the rosters. */
export function backupOf(
  t: TemplateDef,
  rows: readonly unknown[],
  now: string,
  rosters: readonly BackupRoster[] = [],
): BackupFile {
  const readable = rows.flatMap((row) => {
    const loaded = checkStoredRecord(t, row);
    return loaded.ok ? [loaded.record] : [];
  });
  const byYear = [...rosters].sort((a, b) => a.year - b.year);
  return createBackup(readable, now, byYear);
}

/** A stored row that cannot be opened (e.g. written by a newer release), kept as it is. */
function keepDamaged(raw: unknown, env: StoreEnv): Snapshot | null {
  const fields = readRowFields(raw);
  if (!fields.ok) return null;
  const r = fields.record;
  return {
    id: env.newId(),
    reportId: r.id,
    createdAt: env.now(),
    description: '导入备份前本机无法打开的版本（原样保留）',
    kind: 'conflict',
    rev: r.rev,
    status: r.status,
    updatedAt: r.updatedAt,
    contentKey: hashString(stableStringify(r.document)),
    // Kept unchecked on purpose: loadSnapshot reports it as unreadable, but the data survives.
    document: r.document as ReportDocument,
  };
}

/** What to write for an import: records to put, snapshots to add, rosters to set, and the counts. */
export type ImportWrites = {
  put: ReportRecord[];
  snapshots: Snapshot[];
  /** Rosters of years that have none here (a roster kept here is never overwritten). */
  rosters: BackupRoster[];
  result: ImportBackupResult;
};

/**
 * Plans the import of `file` over the stored `rows`; `known` = contentKeys already in history,
 * `rosterYears` = years that have a roster here.
 */
export function planImport(
  t: TemplateDef,
  rows: readonly unknown[],
  known: ReadonlySet<string>,
  file: unknown,
  env: StoreEnv,
  rosterYears: ReadonlySet<number> = new Set(),
): ImportWrites {
  const incoming = readBackupForImport(t, file);
  const existing: ReportRecord[] = [];
  const damaged = new Map<string, unknown>();
  for (const row of rows) {
    const loaded = checkStoredRecord(t, row);
    if (loaded.ok) existing.push(loaded.record);
    else damaged.set(loaded.id, row);
  }
  const plan = mergeBackup(existing, incoming.records, known);
  const snapshots = plannedSnapshots(plan, env);
  const replaced = plan.add.filter((r) => damaged.has(r.id));
  for (const r of replaced) {
    const kept = keepDamaged(damaged.get(r.id), env);
    if (kept) snapshots.push(kept);
  }
  const result = {
    added: plan.add.length - replaced.length,
    updated: plan.update.length + replaced.length,
    kept: plan.keep.length,
    repairs: incoming.repairs,
  };
  const rosters = incoming.rosters.filter((r) => !rosterYears.has(r.year));
  return { put: [...plan.add, ...plan.update], snapshots, rosters, result };
}
