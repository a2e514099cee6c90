import * as z from 'zod/mini';

// The report meta's schema lives here, in zod/mini (the same core as zod, a fraction of the bytes):
// the editor's 报告信息 form validates with it at first paint, where the full zod would not fit
// the first-load budget. buildReportSchema and metaFormSchema both take it from here.

/** The first year a report can be for: the regulation's yearly reports start with 2008. */
export const FIRST_REPORT_YEAR = 2008;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` names a day of the calendar (2023-02-29 does not). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** The fields of a report's meta as the document stores them (agency, year, title, 成文日期). */
export function reportMetaShape() {
  return {
    agency: z.string(),
    year: z.int().check(z.gte(1900), z.lte(9999)),
    title: z.nullable(z.string()),
    publishedOn: z.nullable(z.string().check(z.regex(ISO_DATE, '日期格式应为 YYYY-MM-DD'))),
  };
}
