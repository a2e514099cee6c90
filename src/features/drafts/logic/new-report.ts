import { createEmptyReport, gov2021, reportTitle, sample2021, type ReportDocument } from '@/domain';
import { createFromLastYear } from '@/domain/drafts';
import type { ReportSummary } from '@/storage/report-store';

// What 新建 starts from (issue 4 item 7): blank, the sample, or last year's report of the
// same agency (agency copied, 四 carried into 二, 现行有效件数 rolled forward, the rest blank).

export type NewReportChoice =
  | { kind: 'blank'; agency: string; year: number }
  | { kind: 'sample' }
  | { kind: 'lastYear'; previous: ReportDocument };

/** The document of a new report. */
export function buildNewReport(choice: NewReportChoice): ReportDocument {
  switch (choice.kind) {
    case 'blank':
      return createEmptyReport(gov2021, { agency: choice.agency.trim(), year: choice.year });
    case 'sample':
      return structuredClone(sample2021);
    case 'lastYear':
      return createFromLastYear(gov2021, choice.previous, choice.previous.meta.year + 1);
  }
}

/** Reports a new one can follow: live, readable, newest year first, then by agency. */
export function lastYearSources(list: readonly ReportSummary[]): ReportSummary[] {
  return list
    .filter((r) => r.deletedAt === null && r.unreadable === null)
    .sort((a, b) => b.year - a.year || a.agency.localeCompare(b.agency, 'zh-CN'));
}

/** The title a copy gets, so it can be told apart from the original. */
export function copyTitle(doc: ReportDocument, suffix: string): ReportDocument {
  return { ...doc, meta: { ...doc.meta, title: `${reportTitle(doc)}${suffix}` } };
}

/** A document renamed to `title` (blank: back to the default title). */
export function renamed(doc: ReportDocument, title: string): ReportDocument {
  const t = title.trim();
  return { ...doc, meta: { ...doc.meta, title: t === '' ? null : t } };
}
