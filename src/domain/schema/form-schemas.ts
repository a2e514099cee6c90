import * as z from 'zod/mini';
import { FORM_MESSAGES as M } from './form-messages';
import { FIRST_REPORT_YEAR, isCalendarDate, reportMetaShape } from './meta-schema';

// The forms' schemas: what a form's inputs hold (text) in, the domain's values out, every message
// in Chinese. zod/mini, like the meta's own schema: the editor's 报告信息 form is in its first load.

/** The limits the forms enforce, for hints and tests. */
export const FORM_LIMITS = {
  agency: 100,
  title: 200,
  name: 40,
  reasonMin: 2,
  reasonMax: 500,
  comment: 2000,
} as const;

/** The three ways a new report starts. */
export const NEW_REPORT_WAYS = ['blank', 'sample', 'previous'] as const;
/** The reasons a form asks for: 退回修改, 撤销定稿, 确认无误. */
export type ReasonKind = 'return' | 'revoke' | 'ack';

type YearOptions = { readonly thisYear: number };

function requiredText(required: string, max: number, tooLong: string) {
  return z.string(M.notText).check(z.trim(), z.minLength(1, required), z.maxLength(max, tooLong));
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A year typed as text (full-width digits allowed) or given as a number, in [2008, thisYear + 1]. */
function yearField({ thisYear }: YearOptions) {
  const max = thisYear + 1;
  return z.pipe(
    z.union([z.string(), z.number()], M.yearFormat),
    z.transform((value: string | number, ctx) => {
      const text = toHalfWidth(String(value).trim());
      const fail = (message: string) => (
        ctx.issues.push({ code: 'custom', message, input: value }),
        z.NEVER
      );
      if (text === '') return fail(M.yearRequired);
      if (!/^\d{4}$/.test(text)) return fail(M.yearFormat);
      const year = Number(text);
      if (year < FIRST_REPORT_YEAR || year > max) return fail(M.yearRange(FIRST_REPORT_YEAR, max));
      return year;
    }),
  );
}

/** Text where blank means null (the default title, no 成文日期), else trimmed. */
function blankAsNull(max: number, tooLong: string) {
  return z.pipe(
    z.string(M.notText).check(z.trim(), z.maxLength(max, tooLong)),
    z.transform((text: string) => (text === '' ? null : text)),
  );
}

function dateField() {
  return z.pipe(
    z.string(M.notText).check(
      z.trim(),
      z.refine((t: string) => t === '' || /^\d{4}-\d{2}-\d{2}$/.test(t), M.dateFormat),
      z.refine((t: string) => !/^\d{4}-\d{2}-\d{2}$/.test(t) || isCalendarDate(t), M.dateInvalid),
    ),
    z.transform((text: string) => (text === '' ? null : text)),
  );
}

/**
 * 报告信息 (机关名称, 年度, 标题, 成文日期) as typed: each field's text read into the domain's value
 * and then checked by the domain's own meta schema. Blank 标题 and 成文日期 are null.
 */
export function metaFormSchema(opts: YearOptions) {
  const domain = reportMetaShape();
  return z.object({
    agency: z.pipe(
      requiredText(M.agencyRequired, FORM_LIMITS.agency, M.agencyTooLong(FORM_LIMITS.agency)),
      domain.agency,
    ),
    year: z.pipe(yearField(opts), domain.year),
    title: z.pipe(blankAsNull(FORM_LIMITS.title, M.titleTooLong(FORM_LIMITS.title)), domain.title),
    publishedOn: z.pipe(dateField(), domain.publishedOn),
  });
}

/** 新建报告: 机关名称, 年度 (2008 to next year) and the way to start (空白, 样例, 由上年报告生成). */
export function newReportSchema(opts: YearOptions) {
  const domain = reportMetaShape();
  return z.object({
    agency: z.pipe(
      requiredText(M.agencyRequired, FORM_LIMITS.agency, M.agencyTooLong(FORM_LIMITS.agency)),
      domain.agency,
    ),
    year: z.pipe(yearField(opts), domain.year),
    way: z.enum(NEW_REPORT_WAYS, M.wayRequired),
  });
}

/** 重命名: the report's title, required. */
export function renameSchema() {
  return z.object({
    title: requiredText(M.titleRequired, FORM_LIMITS.title, M.titleTooLong(FORM_LIMITS.title)),
  });
}

/** 身份: the user's name and role (填报人 preparer, 审核人 reviewer). */
export function identitySchema() {
  return z.object({
    name: requiredText(M.nameRequired, FORM_LIMITS.name, M.nameTooLong(FORM_LIMITS.name)),
    role: z.enum(['preparer', 'reviewer'], M.roleRequired),
  });
}

/** A reason for 退回修改 (return), 撤销定稿 (revoke) or 确认无误 (ack): 2 to 500 characters. */
export function reasonSchema(kind: ReasonKind) {
  return z.object({
    text: z
      .string(M.notText)
      .check(
        z.trim(),
        z.minLength(1, M.reasonRequired[kind]),
        z.minLength(FORM_LIMITS.reasonMin, M.reasonTooShort(FORM_LIMITS.reasonMin)),
        z.maxLength(FORM_LIMITS.reasonMax, M.reasonTooLong(FORM_LIMITS.reasonMax)),
      ),
  });
}

/** A comment or reply: required, at most 2000 characters. */
export function commentSchema() {
  return z.object({
    text: requiredText(
      M.commentRequired,
      FORM_LIMITS.comment,
      M.commentTooLong(FORM_LIMITS.comment),
    ),
  });
}

/** The paste-import box: the report's whole text, required. */
export function pasteImportSchema() {
  return z.object({
    text: z.string(M.notText).check(z.refine((t: string) => t.trim() !== '', M.pasteRequired)),
  });
}
