import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from './pdf-import';
import { findMargins, preambleText, proseText } from './prose';
import { a4, item } from './testing/typeset';
import { pageLines } from './visual-lines';

// A4 body of 28 characters of 16 pt from x = 80 (GB/T 9704 prints 28 字 a line); paragraphs
// start 2 字 in.
const LEFT = 80;
const line = (text: string, y: number, indent = 0): PdfTextItem =>
  item(text, LEFT + indent * 16, y, 16);
const FULL = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八';

function prose(...pages: PdfTextItem[][]): string[] {
  const lines = pages.flatMap((items, i) => pageLines(a4(items), i));
  return proseText(lines, findMargins(lines, pages.length));
}

describe('proseText', () => {
  it('rejoins a paragraph wrapped at the right margin, and starts one at an indented line', () => {
    expect(
      prose([
        line('（一）主动公开情况', 120, 2),
        line(FULL.slice(2), 150, 2),
        line(FULL, 180),
        line('完。', 210),
        line(FULL.slice(2), 240, 2),
        line('第二段。', 270),
      ]),
    ).toEqual([
      '（一）主动公开情况',
      '',
      `${FULL.slice(2)}${FULL}完。`,
      '',
      `${FULL.slice(2)}第二段。`,
      '',
    ]);
  });

  it('rejoins a paragraph that runs over a page break, on pages with mirrored margins', () => {
    const even = (text: string, y: number, indent = 0) => item(text, 70 + indent * 16, y, 16);
    expect(
      prose(
        [line(FULL.slice(2), 120, 2), line(FULL, 150), line(FULL, 180)],
        [even(FULL, 120), even('结束。', 150), even(FULL.slice(2), 180, 2)],
      ),
    ).toEqual([`${FULL.slice(2)}${FULL}${FULL}${FULL}结束。`, '', FULL.slice(2), '']);
  });

  it('keeps a line after a wider gap apart (paragraphs set off by space, not indent)', () => {
    expect(prose([line(FULL, 120), line(FULL, 150), line(FULL, 200)])).toEqual([
      `${FULL}${FULL}`,
      '',
      FULL,
      '',
    ]);
  });

  it('joins pieces of a line spread apart without spaces between Chinese characters', () => {
    const spread = ['年', '月', '日'].map((c, i) => item(c, 380 + i * 40, 400, 16));
    expect(prose(spread)).toEqual(['年月日', '']);
  });
});

describe('preambleText', () => {
  it('reads a title printed over two lines as one title', () => {
    const lines = pageLines(
      a4([
        item('平湖市科技局2021年度', 190, 120, 22),
        item('政府信息公开工作年度报告', 170, 150, 22),
      ]),
      0,
    );
    expect(preambleText(lines, 16)).toEqual(['平湖市科技局2021年度政府信息公开工作年度报告', '']);
  });
});
