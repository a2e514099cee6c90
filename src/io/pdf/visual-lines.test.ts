import { describe, expect, it } from 'vitest';
import { lineText } from './layout';
import { a4, item } from './testing/typeset';
import { pageLines } from './visual-lines';

const texts = (items: Parameters<typeof a4>[0]) => pageLines(a4(items), 0).map((l) => lineText(l));

describe('pageLines', () => {
  it('puts items on one baseline into one line, left to right, and lines top to bottom', () => {
    expect(
      texts([item('第二行', 100, 130), item('第一', 100, 100), item('行', 121, 100.5)]),
    ).toEqual(['第一行', '第二行']);
  });

  it('puts a tab where the gap is as wide as a table cell boundary', () => {
    expect(texts([item('规章', 80, 100), item('3', 280, 100), item('5', 380, 100)])).toEqual([
      '规章\t3\t5',
    ]);
  });

  it('keeps a space that pdf.js reported between a figure and a word, not inside Chinese text', () => {
    const items = [
      item('收到申请', 80, 100, 16),
      { str: ' ', x: 144, y: 100, width: 4, height: 0 },
      item('17', 148, 100, 16),
      { str: ' ', x: 164, y: 100, width: 4, height: 0 },
      item('件', 168, 100, 16),
      item('政府', 80, 130, 16),
      { str: ' ', x: 112, y: 130, width: 5, height: 0 },
      item('信息', 117, 130, 16),
    ];
    expect(texts(items)).toEqual(['收到申请 17 件', '政府信息']);
  });

  it('does not split a figure that justification spread apart', () => {
    expect(texts([item('共 2', 80, 100, 16), item('024 件', 113, 100, 16)])).toEqual([
      '共 2024 件',
    ]);
  });

  it('folds radicals to the characters they were printed for (Chromium’s PDFs)', () => {
    expect(texts([item('⼀、总体情况', 80, 100), item('⼈⺠政府⻔户', 80, 130)])).toEqual([
      '一、总体情况',
      '人民政府门户',
    ]);
  });

  it('keeps one copy of a run drawn twice for simulated bold', () => {
    expect(texts([item('总计', 80, 100), item('总计', 80.3, 100)])).toEqual(['总计']);
  });
});
