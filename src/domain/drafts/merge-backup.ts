import { contentKey } from './content-key';
import type { ReportRecord } from './record';

// Importing a backup into a store that may already hold the same reports (the same drafts
// edited on two computers, or the same backup imported twice). Per id:
// - not stored yet → added;
// - the same version (contentKey) → kept, nothing written;
// - different versions → the newer updatedAt wins (a tie keeps the stored one) and the other
//   version goes to history as a 'conflict' snapshot, unless history already holds it.
// So nothing is lost, no id is ever duplicated, and importing the same file twice changes
// nothing the second time.

/** A history entry an import must write: the version that lost. */
export type PlannedSnapshot = {
  reportId: string;
  kind: 'conflict';
  description: string;
  version: ReportRecord;
  contentKey: string;
};

/** What an import does: records to add or overwrite, ids left alone, snapshots to write. */
export type MergePlan = {
  add: ReportRecord[];
  update: ReportRecord[];
  keep: string[];
  snapshots: PlannedSnapshot[];
};

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** True when `a` is a strictly newer version than `b`. */
function isNewer(a: ReportRecord, b: ReportRecord): boolean {
  return time(a.updatedAt) > time(b.updatedAt);
}

/** Of several versions of one id in a file, the newest (the first one on a tie). */
function newestPerId(incoming: readonly ReportRecord[]): ReportRecord[] {
  const byId = new Map<string, ReportRecord>();
  for (const r of incoming) {
    const seen = byId.get(r.id);
    if (!seen || isNewer(r, seen)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

function conflictSnapshot(loser: ReportRecord, key: string, local: boolean): PlannedSnapshot {
  const description = local
    ? `导入备份时被较新的版本替换的本机版本（修改于 ${loser.updatedAt}）`
    : `导入备份时未采用的备份中的较旧版本（修改于 ${loser.updatedAt}）`;
  return { reportId: loser.id, kind: 'conflict', description, version: loser, contentKey: key };
}

/**
 * Plans the import of `incoming` into `existing`. `knownVersions` holds the contentKeys already
 * in history, so a losing version that is already kept there is not snapshotted again.
 */
export function mergeBackup(
  existing: readonly ReportRecord[],
  incoming: readonly ReportRecord[],
  knownVersions: ReadonlySet<string> = new Set(),
): MergePlan {
  const stored = new Map(existing.map((r) => [r.id, r]));
  const plan: MergePlan = { add: [], update: [], keep: [], snapshots: [] };
  for (const theirs of newestPerId(incoming)) {
    const ours = stored.get(theirs.id);
    if (!ours) {
      plan.add.push(theirs);
      continue;
    }
    const [ourKey, theirKey] = [contentKey(ours), contentKey(theirs)];
    if (ourKey === theirKey) {
      plan.keep.push(ours.id);
      continue;
    }
    const theirsWins = isNewer(theirs, ours);
    const [loser, loserKey] = theirsWins ? [ours, ourKey] : [theirs, theirKey];
    if (!knownVersions.has(loserKey))
      plan.snapshots.push(conflictSnapshot(loser, loserKey, theirsWins));
    if (theirsWins) {
      // The rev moves past both so a tab still editing the replaced version gets a conflict.
      plan.update.push({ ...theirs, rev: Math.max(ours.rev, theirs.rev) + 1 });
    } else plan.keep.push(ours.id);
  }
  return plan;
}

/** The records after a plan is carried out (the in-memory store and tests use it). */
export function applyMergePlan(existing: readonly ReportRecord[], plan: MergePlan): ReportRecord[] {
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const r of [...plan.add, ...plan.update]) byId.set(r.id, r);
  return [...byId.values()];
}
