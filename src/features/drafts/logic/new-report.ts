import { createEmptyReport, gov2021, reportTitle, sample2021, type ReportDocument } from '@/domain';
import { createFromLastYear } from '@/domain/drafts';
import type { ReportSummary } from '@/storage/report-store';

// What 新建 starts from (issue 4 item 7): blank, the sample, or last year's report of the
// same agency (agency copied, 四 carried into 二, 现行有效件数 rolled forward, the rest blank).

export type NewReportChoice =
  | { kind: 'blank'; agency: string; year: number }
  | { kind: 'sample' }
  /** `agency`: the name as the user confirmed it (an agency may be renamed); default: last year's. */
  | { kind: 'lastYear'; previous: ReportDocument; agency?: string };

/** The document of a new report. */
export function buildNewReport(choice: NewReportChoice): ReportDocument {
  switch (choice.kind) {
    case 'blank':
      return createEmptyReport(gov2021, { agency: choice.agency.trim(), year: choice.year });
    case 'sample':
      return structuredClone(sample2021);
    case 'lastYear': {
      const doc = createFromLastYear(gov2021, choice.previous, choice.previous.meta.year + 1);
      const agency = choice.agency?.trim() || doc.meta.agency;
      return { ...doc, meta: { ...doc.meta, agency } };
    }
  }
}

/**
 * Reports a new one can follow: live, readable, of a year up to `thisYear` (the next one is then
 * at most next year's), newest year first, then by agency.
 */
export function lastYearSources(list: readonly ReportSummary[], thisYear: number): ReportSummary[] {
  return list
    .filter((r) => r.deletedAt === null && r.unreadable === null && r.year <= thisYear)
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
