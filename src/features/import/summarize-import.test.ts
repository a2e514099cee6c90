import { describe, expect, it } from 'vitest';
import { gov2021, listInputCells, sample2021, setAtPath } from '@/domain';
import { importReport } from '@/io/import-report';
import type { ImportIssue } from '@/io/import-result';
import { published } from '@/io/testing/samples';
import { groupIssues, summarizeImport } from './summarize-import';

describe('summarizeImport', () => {
  it('says what was read: agency, year, format, filled cells and narratives', () => {
    const total = listInputCells(gov2021).length;
    const doc = setAtPath(sample2021, 'proactive.licensing', null);
    const m = summarizeImport(gov2021, doc, [], 'text');
    expect(m).toMatchObject({
      title: '平湖市科技局2021年度政府信息公开工作年度报告',
      agency: '平湖市科技局',
      year: '2021',
      format: '文本',
      issueCount: 0,
      groups: [],
    });
    expect(m.cells).toBe(`已读取 ${total - 1} 个数据单元格（共 ${total} 个）`);
  });

  it('lists the printed totals of 洪泽区 2023 first, then the layout note', () => {
    const r = importReport(gov2021, published('2023_huaian_hongzequ_renminzhengfu.txt'));
    if (!r.ok) throw new Error(r.error);
    const m = summarizeImport(gov2021, r.document, r.issues, r.format);
    expect(m.groups.map((g) => g.rule)).toEqual(['printedTotal', 'layout']);
    const totals = m.groups[0]?.lines ?? [];
    expect(totals.map((l) => [l.fields, l.printed, l.computed])).toEqual([
      ['appeals.reconsideration.total', '0', '11'],
      ['appeals.litigationAfterReconsideration.total', '0', '5'],
    ]);
    // The importer's message already names both figures, so they are not repeated.
    expect(totals[0]?.message).toContain('印的是 0，各项之和为 11');
    expect(totals[0]?.figures).toBeNull();
  });
});

describe('groupIssues', () => {
  it('adds 「印的是 X，各项之和为 Y」 when the message lacks it, a blank printed as 空白', () => {
    const issues: ImportIssue[] = [
      { rule: 'unreadable', fields: ['proactive.licensing'], message: '“行政许可”读不出：abc' },
      {
        rule: 'printedTotal',
        fields: ['x.total'],
        message: '总计不符',
        printed: null,
        computed: 3,
      },
    ];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.rule, g.heading])).toEqual([
      ['printedTotal', '印出的合计与各项之和不符（已按各项之和重新计算）'],
      ['unreadable', '无法读取的单元格（已留空）'],
    ]);
    expect(groups[0]?.lines[0]?.figures).toBe('印的是 空白，各项之和为 3');
    expect(groups[1]?.lines[0]).toMatchObject({ fields: 'proactive.licensing', figures: null });
  });
});
