import { describe, expect, it } from 'vitest';
import {
  BLANK_DATE,
  formatChineseDate,
  formatSignatureDate,
  measureZi,
  signatureLayout,
} from './signature-layout';

describe('measureZi', () => {
  it.each([
    ['平湖市科技局', 6],
    ['2022年1月20日', 6.5],
    ['2022年12月31日', 7],
    ['（）', 2],
    ['ABC 1', 2.5],
    ['', 0],
  ])('%s is %d 字 wide', (text, width) => {
    expect(measureZi(text)).toBe(width);
  });
});

describe('signatureLayout', () => {
  const date = '2022年1月20日';

  it('centres a short 署名 over the date (7.3.5.1)', () => {
    expect(signatureLayout('平湖市科技局', date)).toBe('centred');
  });

  it('centres a name up to 8 字 wider than the date: it then ends exactly at the 版心 edge', () => {
    // 6.5 + 8 = 14.5 字; the date's centre is at 28 − 4 − 3.25 = 20.75, so 20.75 + 7.25 = 28.
    expect(signatureLayout('一二三四五六七八九十一二三四A', date)).toBe('centred');
    expect(signatureLayout('一二三四五六七八九十一二三四五', date)).toBe('right-aligned');
  });

  it('right-aligns 平湖市科学技术局（平湖市外国专家局）, 18 字 (design.md trap 4)', () => {
    expect(measureZi('平湖市科学技术局（平湖市外国专家局）')).toBe(18);
    expect(signatureLayout('平湖市科学技术局（平湖市外国专家局）', date)).toBe('right-aligned');
  });

  it('right-aligns a name longer than the whole line', () => {
    const name = '中华人民共和国某某省某某市某某县某某局某某中心某某办公室（加挂某某牌子）';
    expect(measureZi(name)).toBeGreaterThan(28);
    expect(signatureLayout(name, date)).toBe('right-aligned');
  });

  it('measures against the blank date when 成文日期 is not set', () => {
    expect(measureZi(BLANK_DATE)).toBe(7);
    expect(signatureLayout('平湖市科技局', BLANK_DATE)).toBe('centred');
    expect(signatureLayout('平湖市科学技术局（平湖市外国专家局）', BLANK_DATE)).toBe(
      'right-aligned',
    );
  });
});

describe('formatChineseDate', () => {
  it.each([
    ['2022-01-20', '2022年1月20日'],
    ['2022-10-01', '2022年10月1日'],
    ['2024-02-29', '2024年2月29日'],
  ])('prints %s as %s, without leading zeros (7.3.5.4)', (iso, text) => {
    expect(formatChineseDate(iso)).toBe(text);
  });

  it.each([null, '', '2022-1-20', '2022-13-01', '2022-02-29', '2100-02-29', '2022-04-31', 'x'])(
    'gives null for %s',
    (iso) => {
      expect(formatChineseDate(iso)).toBeNull();
    },
  );
});

describe('formatSignatureDate', () => {
  it('prints the date, or a blank date as wide as the widest date', () => {
    expect(formatSignatureDate('2022-01-20')).toBe('2022年1月20日');
    expect(formatSignatureDate(null)).toBe(BLANK_DATE);
    expect(measureZi(BLANK_DATE)).toBe(measureZi('2022年12月31日'));
  });
});
