import type { SeverityCounts } from '@/domain/rules/severity-counts';

// How every screen says how many problems a report has: one wording for the editor's toolbar and
// problem list, its section navigation, the list of reports and a 汇总's sources.

/** 「N 个错误，M 个提示」. */
export function problemCountsText({ errors, warnings }: SeverityCounts): string {
  return `${errors} 个错误，${warnings} 个提示`;
}

/** The same, or 「无问题」 when there is none (a badge beside a section or a source). */
export function problemBadgeText(counts: SeverityCounts): string {
  return counts.errors + counts.warnings === 0 ? '无问题' : problemCountsText(counts);
}
