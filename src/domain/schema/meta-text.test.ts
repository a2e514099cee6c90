import { describe, expect, it } from 'vitest';
import { metaFormSchema } from './form-schemas';
import { readMetaText } from './meta-text';

// The editor's plain 报告信息 fields (before the form's code loads) store what these readers
// accept; the form refuses what they refuse. Both must agree on every text, or a value typed in
// the first moment would be stored where the form would have refused it.

const THIS_YEAR = 2026;
const schema = metaFormSchema({ thisYear: THIS_YEAR });
const TEXTS = {
  agency: ['', '  ', '平湖市科技局', ' 平湖市科技局 ', '局'.repeat(100), '局'.repeat(101)],
  year: ['', '2021', '２０２１', ' 2024 ', '20x1', '1999', '2007', '2008', '2027', '2028', '99'],
  title: ['', '  ', '某局2024年度政府信息公开工作年度报告', '题'.repeat(200), '题'.repeat(201)],
  publishedOn: ['', '2025-01-20', '2023-02-29', '2024-02-29', '2025/01/20', '2025-13-01'],
} as const;

describe('readMetaText', () => {
  for (const [field, texts] of Object.entries(TEXTS) as [keyof typeof TEXTS, readonly string[]][]) {
    it(`reads ${field} as the 报告信息 form's schema does, value and message`, () => {
      for (const text of texts) {
        const read = readMetaText(field, text, THIS_YEAR);
        const parsed = schema.shape[field].safeParse(text);
        expect(read.ok, `${field} ${JSON.stringify(text)}`).toBe(parsed.success);
        if (read.ok && parsed.success) expect(read.value).toEqual(parsed.data);
        if (!read.ok && !parsed.success) expect(parsed.error.issues[0]?.message).toBe(read.message);
      }
    });
  }

  it('stores blank 标题 and 成文日期 as null, trims 机关名称 and reads full-width years', () => {
    expect(readMetaText('title', '  ', THIS_YEAR)).toEqual({ ok: true, value: null });
    expect(readMetaText('publishedOn', '', THIS_YEAR)).toEqual({ ok: true, value: null });
    expect(readMetaText('agency', ' 平湖市科技局 ', THIS_YEAR)).toEqual({
      ok: true,
      value: '平湖市科技局',
    });
    expect(readMetaText('year', '２０２１', THIS_YEAR)).toEqual({ ok: true, value: 2021 });
  });

  it('refuses with the message a clerk reads at the field', () => {
    expect(readMetaText('agency', '', THIS_YEAR)).toEqual({ ok: false, message: '请填写机关名称' });
    expect(readMetaText('year', '20x1', THIS_YEAR)).toEqual({
      ok: false,
      message: '年度应为四位数字，如 2024',
    });
    expect(readMetaText('publishedOn', '2023-02-29', THIS_YEAR)).toMatchObject({ ok: false });
  });
});
