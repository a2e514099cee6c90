import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from './pdf-import';
import { tableText } from './table-text';
import { a4, centred, item } from './testing/typeset';
import { pageLines } from './visual-lines';

// Table rows rebuilt from positions: each row of figures becomes one tab-separated line with its
// whole label, whatever line of a wrapped label the figures stand on.

const COLUMNS = [305, 345] as const;
const HEADER = [centred('自然人', 305, 100), centred('总计', 345, 100)];

/** A row's figures, one per column, at baseline y. */
const figures = (y: number, ...values: string[]): PdfTextItem[] =>
  values.map((v, i) => centred(v, COLUMNS[i] ?? 0, y));

const table = (...pages: PdfTextItem[][]): string[] =>
  tableText(pages.flatMap((items, i) => pageLines(a4(items), i)));

const WRAPPED = '2.其他法律行政法规禁止公开\t0\t0';

describe('tableText: labels that wrap inside a narrow cell', () => {
  it('joins the label when the figures stand on its first line (Word, LibreOffice)', () => {
    const rows = table([
      ...HEADER,
      item('1.属于国家秘密', 100, 130),
      ...figures(130, '3', '3'),
      item('2.其他法律行政法规禁止公', 100, 150),
      ...figures(150, '0', '0'),
      item('开', 100, 163),
      item('3.危及“三安全一稳定”', 100, 183),
      ...figures(183, '1', '1'),
    ]);
    expect(rows).toContain('1.属于国家秘密\t3\t3');
    expect(rows).toContain(WRAPPED);
    expect(rows).toContain('3.危及“三安全一稳定”\t1\t1');
    expect(rows.some((r) => r.startsWith('开'))).toBe(false);
  });

  it('joins the label when the figures stand on its last line', () => {
    const rows = table([
      ...HEADER,
      item('2.其他法律行政法规禁止公', 100, 150),
      item('开', 100, 163),
      ...figures(163, '0', '0'),
    ]);
    expect(rows).toContain(WRAPPED);
  });

  it('joins the label when the figures stand between its lines (a centred cell)', () => {
    const rows = table([
      ...HEADER,
      item('2.其他法律行政法规禁止公', 100, 150),
      ...figures(156.5, '0', '0'),
      item('开', 100, 163),
    ]);
    expect(rows).toContain(WRAPPED);
  });

  it('joins a label of three lines with the figures on the middle one', () => {
    const rows = table([
      ...HEADER,
      item('1.申请人无正当理由逾期不', 100, 150),
      item('补正、行政机关不再处理其', 100, 163),
      ...figures(163, '4', '4'),
      item('政府信息公开申请', 100, 176),
    ]);
    expect(rows).toContain(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t4\t4',
    );
  });

  it('joins a label centred in its cell (the official template centres its cells)', () => {
    const rows = table([
      ...HEADER,
      centred('2.其他法律行政法规禁止公', 170, 150),
      ...figures(156.5, '0', '0'),
      centred('开', 170, 163),
    ]);
    expect(rows).toContain(WRAPPED);
  });

  it('keeps two tightly printed rows apart when each has its own figures', () => {
    const rows = table([
      ...HEADER,
      item('规章', 100, 130),
      ...figures(130, '1', '1'),
      item('行政规范性文件', 100, 143),
      ...figures(143, '2', '2'),
    ]);
    expect(rows).toContain('规章\t1\t1');
    expect(rows).toContain('行政规范性文件\t2\t2');
  });
});

describe('tableText: figures', () => {
  it('joins a figure that wrapped in its narrow column', () => {
    const rows = table([
      ...HEADER,
      item('行政许可', 100, 130),
      ...figures(130, '51764', '8'),
      centred('5', COLUMNS[0], 143),
      item('行政处罚', 100, 160),
      ...figures(160, '1', '2'),
    ]);
    expect(rows).toContain('行政许可\t517645\t8');
    expect(rows).toContain('行政处罚\t1\t2');
  });
});

describe('tableText: merged group labels', () => {
  it('gives a group label printed in the middle of its rows to the first of them', () => {
    const rows = table([
      ...HEADER,
      item('（二）部分公开', 20, 110),
      ...figures(110, '5', '5'),
      item('1.属于国家秘密', 100, 130),
      ...figures(130, '3', '3'),
      item('（三）不予公', 20, 156),
      item('开', 20, 169),
      item('2.其他法律行政法规禁止公开', 100, 160),
      ...figures(160, '0', '0'),
      item('3.危及“三安全一稳定”', 100, 190),
      ...figures(190, '1', '1'),
      item('1.本机关不掌握相关政府信息', 100, 220),
      ...figures(220, '2', '2'),
      item('（四）', 20, 214),
      item('无法提供', 20, 227),
    ]);
    expect(rows).toEqual([
      '自然人\t总计',
      '（二）部分公开\t5\t5',
      '（三）不予公开\t1.属于国家秘密\t3\t3',
      '2.其他法律行政法规禁止公开\t0\t0',
      '3.危及“三安全一稳定”\t1\t1',
      '（四）无法提供\t1.本机关不掌握相关政府信息\t2\t2',
    ]);
  });
});

describe('tableText: headers and columns', () => {
  it('drops the header repeated at the top of the next page', () => {
    const rows = table(
      [...HEADER, item('1.属于国家秘密', 100, 130), ...figures(130, '3', '3')],
      [...HEADER, item('2.重复申请', 100, 130), ...figures(130, '7', '7')],
    );
    expect(rows).toEqual(['自然人\t总计', '1.属于国家秘密\t3\t3', '2.重复申请\t7\t7']);
  });

  it('leaves an empty cell for a blank figure, placed by the column headers', () => {
    const header = [
      centred('自然人', 300, 100),
      centred('商业企业', 360, 100),
      centred('总计', 420, 100),
    ];
    const rows = table([
      ...header,
      item('一、本年新收政府信息公开申请数量', 60, 130),
      centred('5', 300, 130),
      centred('5', 420, 130),
    ]);
    expect(rows).toContain('一、本年新收政府信息公开申请数量\t5\t\t5');
  });

  it('places a row without label (table 4) by its headers, and spanning headers add no column', () => {
    const rows = table([
      centred('行政复议', 140, 90),
      centred('结果维持', 80, 110),
      centred('结果纠正', 140, 110),
      centred('其他结果', 200, 110),
      centred('行政诉讼', 330, 90),
      centred('结果维持', 300, 110),
      centred('结果纠正', 360, 110),
      centred('2', 80, 130),
      centred('1', 200, 130),
      centred('4', 360, 130),
    ]);
    expect(rows.at(-1)).toBe('2\t\t1\t\t4');
  });
});
