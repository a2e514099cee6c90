import type { ReportRecord, ReportStore, ReportSummary } from '@/storage/report-store';

/** Last year's report of the same agency among `list`: not in the 回收站, newest change first. */
export function pickPrevious(
  list: readonly ReportSummary[],
  agency: string,
  year: number,
): ReportSummary | undefined {
  const name = agency.trim();
  if (name === '') return undefined;
  return list
    .filter((r) => r.deletedAt === null && r.unreadable === null)
    .filter((r) => r.agency.trim() === name && r.year === year - 1)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * The stored report of the same agency for the year before `record`'s, if any. `list`: the
 * store's list when it is already being read (the editor reads it while loading the report).
 */
export async function findPrevious(
  store: ReportStore,
  record: ReportRecord,
  list: Promise<readonly ReportSummary[]> = store.list(),
): Promise<ReportRecord | undefined> {
  const { agency, year } = record.document.meta;
  const found = pickPrevious(await list, agency, year);
  if (!found) return undefined;
  const loaded = await store.load(found.id);
  return loaded?.ok ? loaded.record : undefined;
}
