import * as z from 'zod/mini';

import { ISO_DATE } from './meta-text';

export { FIRST_REPORT_YEAR, isCalendarDate } from './meta-text';

// The report meta's schema lives here, in zod/mini (the same core as zod, a fraction of the bytes):
// the editor's 报告信息 form validates with it at first paint, where the full zod would not fit
// the first-load budget. buildReportSchema and metaFormSchema both take it from here.

/** The fields of a report's meta as the document stores them (agency, year, title, 成文日期). */
export function reportMetaShape() {
  return {
    agency: z.string(),
    year: z.int().check(z.gte(1900), z.lte(9999)),
    title: z.nullable(z.string()),
    publishedOn: z.nullable(z.string().check(z.regex(ISO_DATE, '日期格式应为 YYYY-MM-DD'))),
  };
}
