import { describe, expect, it } from 'vitest';
import { createEmptyReport, gov2021, sample2021, setAtPath } from '@/domain';
import { buildReportViewModel, splitParagraphs } from './report-view-model';

describe('splitParagraphs', () => {
  it('splits at blank lines (also full-width-space lines) and drops empty paragraphs', () => {
    expect(splitParagraphs('一是…\n\n二是…\n \u3000\n三是…')).toEqual(['一是…', '二是…', '三是…']);
    expect(splitParagraphs('同一段\n第二行')).toEqual(['同一段\n第二行']);
    expect(splitParagraphs('  \n\n ')).toEqual([]);
  });
});

describe('buildReportViewModel', () => {
  it('gives the title, the six sections in order and the tables of sections 二–四', () => {
    const model = buildReportViewModel(gov2021, sample2021);
    expect(model.title).toBe('平湖市科技局2021年度政府信息公开工作年度报告');
    expect(model.sections.map((s) => s.title)).toEqual(gov2021.sections.map((s) => s.title));
    expect(model.sections.map((s) => s.table?.layout.id ?? null)).toEqual([
      null,
      'table2',
      'table3',
      'table4',
      null,
      null,
    ]);
    expect(model.sections[1]?.table?.caption).toBe('主动公开政府信息情况');
  });

  it('shows blank input cells as blank and computed cells as their totals', () => {
    let doc = createEmptyReport(gov2021, { agency: '某局', year: 2022 });
    doc = setAtPath(doc, 'requests.granted.natural', 3);
    doc = setAtPath(doc, 'requests.granted.commercial', 4);
    const table3 = buildReportViewModel(gov2021, doc).sections[2]?.table;
    expect(table3?.values['requests.newReceived.natural']).toBe('');
    expect(table3?.values['requests.granted.total']).toBe('7');
    expect(table3?.values['requests.resultsTotal.total']).toBe('7');
    expect(table3?.values['requests.newReceived.total']).toBe('0');
  });
});
