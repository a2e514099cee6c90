import * as z from 'zod/mini';
import { FORM_MESSAGES as M } from './form-messages';
import { reportMetaShape } from './meta-schema';
import {
  META_LIMITS,
  readAgency,
  readPublishedOn,
  readTitle,
  readYear,
  type MetaRead,
} from './meta-text';

// The forms' schemas: what a form's inputs hold (text) in, the domain's values out, every message
// in Chinese. zod/mini, like the meta's own schema: the editor's 报告信息 form is in its first load.

/** The limits the forms enforce, for hints and tests. */
export const FORM_LIMITS = {
  agency: META_LIMITS.agency,
  title: META_LIMITS.title,
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

/**
 * A field whose text is read by one of meta-text.ts's readers (which the editor's plain fields
 * use too, before this schema has loaded): the reader's message is the field's error.
 */
function readField<T>(read: (text: string) => MetaRead<T>, notText: string) {
  return z.pipe(
    z.union([z.string(), z.number()], notText),
    z.transform((value: string | number, ctx) => {
      const r = read(String(value));
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.message, input: value });
      return z.NEVER;
    }),
  );
}

/** A year typed as text (full-width digits allowed) or given as a number, in [2008, thisYear + 1]. */
function yearField({ thisYear }: YearOptions) {
  return readField((text) => readYear(text, thisYear), M.yearFormat);
}

/**
 * 报告信息 (机关名称, 年度, 标题, 成文日期) as typed: each field's text read into the domain's value
 * and then checked by the domain's own meta schema. Blank 标题 and 成文日期 are null.
 */
export function metaFormSchema(opts: YearOptions) {
  const domain = reportMetaShape();
  return z.object({
    agency: z.pipe(readField(readAgency, M.notText), domain.agency),
    year: z.pipe(yearField(opts), domain.year),
    title: z.pipe(readField(readTitle, M.notText), domain.title),
    publishedOn: z.pipe(readField(readPublishedOn, M.notText), domain.publishedOn),
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
