import { staleSources, type Consolidation } from '@/domain';
import type { ReportSummary } from '@/storage/report-store';

// Whether a 汇总 still shows what its sources say: a source changed since it was summed (its
// content key differs), or it is gone (moved to the 回收站, or purged). The store's list carries
// every report's content key, so this reads no document.

/** The sources that changed or are gone since the consolidation, by agency. */
export type Staleness = {
  readonly changed: readonly string[];
  /** In the 回收站. */
  readonly trashed: readonly string[];
  /** Deleted for good (or unreadable). */
  readonly purged: readonly string[];
};

/** What changed among the sources of `consolidation`, according to the store's list. */
export function findStaleness(
  consolidation: Consolidation,
  list: readonly ReportSummary[],
): Staleness {
  const byId = new Map(list.map((r) => [r.id, r]));
  const current = new Map(
    list
      .filter((r) => r.deletedAt === null && r.unreadable === null)
      .map((r) => [r.id, r.contentKey]),
  );
  const { changed, missing } = staleSources(consolidation, current);
  const agencyOf = new Map(consolidation.sources.map((s) => [s.key, s.agency]));
  const name = (key: string) => agencyOf.get(key) ?? key;
  const inTrash = (key: string) => byId.get(key)?.deletedAt != null;
  return {
    changed: changed.map(name),
    trashed: missing.filter(inTrash).map(name),
    purged: missing.filter((k) => !inTrash(k)).map(name),
  };
}

/** True when some source changed or is gone. */
export function isStale(s: Staleness): boolean {
  return s.changed.length + s.trashed.length + s.purged.length > 0;
}

/** Ids of the sources that can be summed again (still stored, readable, not in the 回收站). */
export function presentSourceIds(
  consolidation: Consolidation,
  list: readonly ReportSummary[],
): string[] {
  const present = new Set(
    list.filter((r) => r.deletedAt === null && r.unreadable === null).map((r) => r.id),
  );
  return consolidation.sources.map((s) => s.key).filter((k) => present.has(k));
}
