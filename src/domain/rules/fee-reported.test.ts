import { describe, expect, it } from 'vitest';
import { checkFeeReported } from './fee-reported';
import { cleanReport, template, withValues } from './test-support';

describe('feeReported', () => {
  it.each([
    '2023年度，县发展和改革局政府信息公开未发生收费情况。',
    '全年收取政府信息公开信息处理费 0 元。',
    '2025 年度本机关未收取信息公开处理费。',
    '本年度信息公开处理费收费情况\n2024 年，市科委未发生政府信息公开收费事项。',
  ])('accepts “%s”', (text) => {
    expect(checkFeeReported(template, withValues(cleanReport(), { otherMatters: text }))).toEqual(
      [],
    );
  });

  it.each(['无', '', '本年度人大代表建议和政协提案办理结果均已公开。'])('warns on “%s”', (text) => {
    const found = checkFeeReported(template, withValues(cleanReport(), { otherMatters: text }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'feeReported',
      severity: 'warning',
      fields: ['otherMatters'],
      section: 'otherMatters',
    });
    expect(found[0]?.message).toContain('信息处理费');
  });
});
