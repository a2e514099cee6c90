import { halfWidthDigits } from '../values/half-width';
import { FORM_MESSAGES as M } from './form-messages';

// What a clerk types into 报告信息, read into the report's meta values — without zod, so that the
// editor's plain fields (shown until the form's code has loaded, see
// features/report-editor/meta-form.tsx) store a valid value at once and lose nothing. The form's
// zod schema (form-schemas.ts) reads each field through these same functions.

/** The first year a report can be for: the regulation's yearly reports start with 2008. */
export const FIRST_REPORT_YEAR = 2008;

/** The most characters 机关名称 and 标题 may have. */
export const META_LIMITS = { agency: 100, title: 200 } as const;

/** A date as the report stores it: YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` names a day of the calendar (2023-02-29 does not). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** A field's value as read, or the message saying why the text is refused. */
export type MetaRead<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): MetaRead<T> => ({ ok: true, value });
const refused = (message: string): MetaRead<never> => ({ ok: false, message });

/** 机关名称: required, trimmed, at most 100 characters. */
export function readAgency(text: string): MetaRead<string> {
  const t = text.trim();
  if (t === '') return refused(M.agencyRequired);
  return t.length > META_LIMITS.agency ? refused(M.agencyTooLong(META_LIMITS.agency)) : ok(t);
}

/** 年度: four digits (full-width too), from 2008 to the year after `thisYear`. */
export function readYear(text: string, thisYear: number): MetaRead<number> {
  const t = halfWidthDigits(text.trim());
  const max = thisYear + 1;
  if (t === '') return refused(M.yearRequired);
  if (!/^\d{4}$/.test(t)) return refused(M.yearFormat);
  const year = Number(t);
  if (year < FIRST_REPORT_YEAR || year > max) return refused(M.yearRange(FIRST_REPORT_YEAR, max));
  return ok(year);
}

/** 标题: blank means the default title (null), else trimmed, at most 200 characters. */
export function readTitle(text: string): MetaRead<string | null> {
  const t = text.trim();
  if (t.length > META_LIMITS.title) return refused(M.titleTooLong(META_LIMITS.title));
  return ok(t === '' ? null : t);
}

/** 成文日期: blank means none (null), else a calendar date written YYYY-MM-DD. */
export function readPublishedOn(text: string): MetaRead<string | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  if (!ISO_DATE.test(t)) return refused(M.dateFormat);
  return isCalendarDate(t) ? ok(t) : refused(M.dateInvalid);
}

/** Any field of 报告信息 by its key, as the plain fields need it. */
export function readMetaText(
  field: 'agency' | 'year' | 'title' | 'publishedOn',
  text: string,
  thisYear: number,
): MetaRead<string | number | null> {
  switch (field) {
    case 'agency':
      return readAgency(text);
    case 'year':
      return readYear(text, thisYear);
    case 'title':
      return readTitle(text);
    case 'publishedOn':
      return readPublishedOn(text);
  }
}
