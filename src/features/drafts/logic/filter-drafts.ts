import type { ReportStatus } from '@/domain/drafts';
import type { ReportSummary } from '@/storage/report-store';

// Filtering and ordering of the drafts list (pure; the table sorts with these comparators).

export type DraftFilter = {
  /** Matched against agency and title, ignoring case and spaces. */
  text: string;
  year: number | null;
  status: ReportStatus | null;
  /** Show the 回收站 instead of the live reports. */
  trash: boolean;
};

export const NO_FILTER: DraftFilter = { text: '', year: null, status: null, trash: false };

const fold = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The reports matching `filter`. */
export function filterDrafts(list: readonly ReportSummary[], filter: DraftFilter): ReportSummary[] {
  const text = fold(filter.text);
  return list.filter(
    (r) =>
      (r.deletedAt !== null) === filter.trash &&
      (filter.year === null || r.year === filter.year) &&
      (filter.status === null || r.status === filter.status) &&
      (text === '' || fold(`${r.agency}${r.title}`).includes(text)),
  );
}

/** The years present in the list, newest first (for the year filter). */
export function yearsOf(list: readonly ReportSummary[]): number[] {
  return [...new Set(list.map((r) => r.year))].sort((a, b) => b - a);
}

/** How many reports are not in the 回收站. */
export function liveCount(list: readonly ReportSummary[]): number {
  return list.filter((r) => r.deletedAt === null).length;
}

/** How many reports are in the 回收站. */
export function trashCount(list: readonly ReportSummary[]): number {
  return list.filter((r) => r.deletedAt !== null).length;
}

const collator = new Intl.Collator('zh-CN');

/** Chinese order of agency names (pinyin where the browser supports it). */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** By errors, then warnings; unchecked reports last. */
export function compareProblems(a: ReportSummary, b: ReportSummary): number {
  if (a.problems === null || b.problems === null) {
    return Number(a.problems === null) - Number(b.problems === null);
  }
  return a.problems.errors - b.problems.errors || a.problems.warnings - b.problems.warnings;
}
