import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import { sample2021 } from '../samples/sample-2021';
import { buildReportSchema } from './build-schema';
import {
  FORM_LIMITS,
  commentSchema,
  identitySchema,
  metaFormSchema,
  newReportSchema,
  pasteImportSchema,
  reasonSchema,
  renameSchema,
} from './form-schemas';

/** The first message zod gives for `input`, or undefined when it passes. */
function firstMessage(schema: { safeParse: (v: unknown) => unknown }, input: unknown) {
  const r = schema.safeParse(input) as {
    success: boolean;
    error?: { issues: { message: string }[] };
  };
  return r.success ? undefined : r.error?.issues[0]?.message;
}

const year = { thisYear: 2025 };
const meta = { agency: '平湖市科技局', year: '2024', title: '', publishedOn: '' };

describe('metaFormSchema', () => {
  it('reads the typed text into the document meta: blank title and date are null', () => {
    expect(metaFormSchema(year).parse({ ...meta, agency: '  平湖市科技局 ' })).toEqual({
      agency: '平湖市科技局',
      year: 2024,
      title: null,
      publishedOn: null,
    });
  });

  it('refuses an empty agency, with the message a clerk reads', () => {
    expect(firstMessage(metaFormSchema(year), { ...meta, agency: '   ' })).toBe('请填写机关名称');
  });

  it('reads full-width digits and bounds the year from 2008 to next year', () => {
    const s = metaFormSchema(year);
    expect(s.parse({ ...meta, year: '２０２３' }).year).toBe(2023);
    expect(s.parse({ ...meta, year: '2008' }).year).toBe(2008);
    expect(s.parse({ ...meta, year: '2026' }).year).toBe(2026);
    expect(firstMessage(s, { ...meta, year: '2007' })).toMatch(/2008 年到 2026 年之间/);
    expect(firstMessage(s, { ...meta, year: '2027' })).toMatch(/2008 年到 2026 年之间/);
    expect(firstMessage(s, { ...meta, year: '24' })).toBe('年度应为四位数字，如 2024');
    expect(firstMessage(s, { ...meta, year: '' })).toBe('请填写年度');
  });

  it('refuses a date that is not on the calendar', () => {
    const s = metaFormSchema(year);
    expect(s.parse({ ...meta, publishedOn: '2024-02-29' }).publishedOn).toBe('2024-02-29');
    expect(firstMessage(s, { ...meta, publishedOn: '2023-02-29' })).toMatch(/不是日历上的日期/);
    expect(firstMessage(s, { ...meta, publishedOn: '2023/1/2' })).toMatch(/年-月-日/);
  });

  it('bounds the title at 200 characters', () => {
    const s = metaFormSchema(year);
    expect(s.parse({ ...meta, title: '标'.repeat(200) }).title).toHaveLength(200);
    expect(firstMessage(s, { ...meta, title: '标'.repeat(201) })).toBe('标题不能超过 200 个字');
  });

  it('gives what the domain schema of a whole report accepts', () => {
    const doc = sample2021;
    const edited = metaFormSchema(year).parse({ ...meta, publishedOn: '2025-01-20' });
    expect(buildReportSchema(gov2021).safeParse({ ...doc, meta: edited }).success).toBe(true);
    const bad = { ...doc, meta: { ...doc.meta, year: 2024.5 } };
    expect(buildReportSchema(gov2021).safeParse(bad).success).toBe(false);
  });
});

describe('newReportSchema', () => {
  const ok = { agency: '某某县教育局', year: 2025, way: 'blank' };
  it('accepts the three ways and a numeric year', () => {
    for (const way of ['blank', 'sample', 'previous'])
      expect(newReportSchema(year).parse({ ...ok, way })).toEqual({ ...ok, way });
  });
  it('refuses another way, a long agency and a year out of range', () => {
    const s = newReportSchema(year);
    expect(firstMessage(s, { ...ok, way: 'copy' })).toMatch(/请选择新建方式/);
    expect(firstMessage(s, { ...ok, agency: '局'.repeat(FORM_LIMITS.agency + 1) })).toBe(
      '机关名称不能超过 100 个字',
    );
    expect(s.parse({ ...ok, agency: '局'.repeat(FORM_LIMITS.agency) }).agency).toHaveLength(100);
    expect(firstMessage(s, { ...ok, year: 2000 })).toMatch(/2008 年/);
  });
});

describe('reasonSchema', () => {
  it('names what is missing for each kind', () => {
    expect(firstMessage(reasonSchema('return'), { text: ' ' })).toBe('请填写退回修改的原因');
    expect(firstMessage(reasonSchema('revoke'), { text: '' })).toBe('请填写撤销定稿的原因');
    expect(firstMessage(reasonSchema('ack'), { text: '' })).toBe('请填写确认无误的理由');
  });
  it('takes 2 to 500 characters after trimming', () => {
    const s = reasonSchema('return');
    expect(firstMessage(s, { text: ' 错 ' })).toBe('请至少写 2 个字，说明原因');
    expect(s.parse({ text: ' 有误 ' })).toEqual({ text: '有误' });
    expect(s.parse({ text: '字'.repeat(500) }).text).toHaveLength(500);
    expect(firstMessage(s, { text: '字'.repeat(501) })).toBe('不能超过 500 个字，请精简');
  });
});

describe('the other forms', () => {
  it('comment: required, at most 2000 characters', () => {
    expect(firstMessage(commentSchema(), { text: '\n' })).toBe('请填写意见内容');
    expect(commentSchema().parse({ text: '字'.repeat(2000) }).text).toHaveLength(2000);
    expect(firstMessage(commentSchema(), { text: '字'.repeat(2001) })).toMatch(
      /不能超过 2000 个字/,
    );
  });
  it('identity: a name up to 40 characters and a known role', () => {
    expect(identitySchema().parse({ name: ' 张三 ', role: 'reviewer' })).toEqual({
      name: '张三',
      role: 'reviewer',
    });
    expect(firstMessage(identitySchema(), { name: '', role: 'preparer' })).toBe('请填写您的姓名');
    expect(firstMessage(identitySchema(), { name: '名'.repeat(41), role: 'preparer' })).toBe(
      '姓名不能超过 40 个字',
    );
    expect(firstMessage(identitySchema(), { name: '张三', role: 'admin' })).toMatch(/请选择角色/);
  });
  it('rename: a title is required', () => {
    expect(firstMessage(renameSchema(), { title: '  ' })).toBe('请填写标题');
    expect(renameSchema().parse({ title: ' 新标题 ' })).toEqual({ title: '新标题' });
  });
  it('paste import: asks for the report text, keeps it as pasted', () => {
    expect(firstMessage(pasteImportSchema(), { text: ' \n ' })).toBe('请粘贴报告全文');
    expect(pasteImportSchema().parse({ text: ' 一、总体情况\n' })).toEqual({
      text: ' 一、总体情况\n',
    });
  });
});
