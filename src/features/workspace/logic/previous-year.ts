import {
  compareWithPrevious,
  normalizeAgency,
  type PreviousComparison,
  type ReportDocument,
  type TemplateDef,
} from '@/domain';
import type { ReportSummary, YearLink } from '@/storage/report-store';

// The 与上年 column without loading documents: the cross-year rules (carryOver,
// inForceRollForward) read only the cells a summary keeps in `yearLink`, through getCell, which
// reads a missing part of a document as blank. So an object holding those cells alone stands in
// for each document and gives the same comparison as the whole documents would.

/** An object with only the linked cells, standing in for the document in the cross-year rules. */
function linkDocument(link: YearLink): ReportDocument {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(link)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let node = root;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = value;
  }
  return root as ReportDocument;
}

/** True for a report the workspace counts as an agency's own (not in the 回收站, readable). */
export function isLive(s: ReportSummary): boolean {
  return s.deletedAt === null && s.unreadable === null;
}

/**
 * Each agency's report of `year`, by normalised name: a report of the agency itself before a
 * 汇总 made here under its name, then the most recently changed.
 */
export function reportsByAgency(
  summaries: readonly ReportSummary[],
  year: number,
): Map<string, ReportSummary> {
  const rank = (s: ReportSummary) => (s.consolidatedAgencies === null ? 0 : 1);
  const byAgency = new Map<string, ReportSummary>();
  for (const s of summaries) {
    if (s.year !== year || !isLive(s)) continue;
    const key = normalizeAgency(s.agency);
    const seen = byAgency.get(key);
    const better =
      !seen || rank(s) < rank(seen) || (rank(s) === rank(seen) && s.updatedAt > seen.updatedAt);
    if (better) byAgency.set(key, s);
  }
  return byAgency;
}

/** A report of the year and the same agency's report of the year before (if any). */
export type YearPair = { current: ReportSummary; previous: ReportSummary | undefined };

/** The pairs to compare for the 与上年 column of `year`. */
export function yearPairs(summaries: readonly ReportSummary[], year: number): YearPair[] {
  const lastYear = reportsByAgency(summaries, year - 1);
  return summaries
    .filter((s) => s.year === year && isLive(s))
    .map((current) => ({ current, previous: lastYear.get(normalizeAgency(current.agency)) }));
}

/** 与上年 of one report against the same agency's report of the year before (if any). */
export function comparePair(t: TemplateDef, pair: YearPair): PreviousComparison | null {
  const link = pair.current.yearLink;
  if (link === null) return null;
  const before = pair.previous?.yearLink;
  return compareWithPrevious(t, linkDocument(link), before ? linkDocument(before) : null);
}

/** The comparison key of a pair: the same two versions give the same comparison. */
export function pairKey(pair: YearPair): string {
  return `${pair.current.contentKey}|${pair.previous?.contentKey ?? ''}`;
}
