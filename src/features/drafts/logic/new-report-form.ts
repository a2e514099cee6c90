import * as z from 'zod/mini';
import { sample2021 } from '@/domain';
import { newReportSchema, type NEW_REPORT_WAYS } from '@/domain/schema/form-schemas';
import type { ReportSummary } from '@/storage/report-store';
import { D } from '../strings';

// The 新建报告 form: the domain's newReportSchema (机关名称, 年度, way) plus the choice of last
// year's report, required when the way is 由上年报告生成. Each way fills 机关名称 and 年度 in: the
// sample's are its own, last year's report gives its agency and the year after its own.

/** How a new report starts: 空白, 样例 or 由上年报告生成. */
export type NewReportWay = (typeof NEW_REPORT_WAYS)[number];

/** The form's values as typed. */
export type NewReportValues = { way: NewReportWay; agency: string; year: string; sourceId: string };

/** The new-report form's schema: newReportSchema and, for 由上年, a chosen report. */
export function newReportFormSchema(thisYear: number) {
  return z.extend(newReportSchema({ thisYear }), { sourceId: z.string() }).check(
    z.refine((v) => v.way !== 'previous' || v.sourceId !== '', {
      message: D.newSourceRequired,
      path: ['sourceId'],
    }),
  );
}

/** The year a blank report starts at: last year's report is the one written in January. */
export function defaultReportYear(thisYear: number): number {
  return thisYear - 1;
}

/** The values the form shows for `way`: the agency and year that way gives. */
export function valuesForWay(
  way: NewReportWay,
  thisYear: number,
  source: ReportSummary | undefined,
): NewReportValues {
  switch (way) {
    case 'blank':
      return { way, agency: '', year: String(defaultReportYear(thisYear)), sourceId: '' };
    case 'sample':
      return {
        way,
        agency: sample2021.meta.agency,
        year: String(sample2021.meta.year),
        sourceId: '',
      };
    case 'previous':
      return {
        way,
        agency: source?.agency ?? '',
        year: source ? String(source.year + 1) : '',
        sourceId: source?.id ?? '',
      };
  }
}
