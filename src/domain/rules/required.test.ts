import { describe, expect, it } from 'vitest';
import { listInputCells } from '../template/cells';
import { createEmptyReport } from '../report/document';
import { checkRequired } from './required';
import { cleanReport, template, withValues } from './test-support';

describe('required', () => {
  it('raises nothing for a complete report', () => {
    expect(checkRequired(template, cleanReport())).toEqual([]);
    expect(checkRequired(template, cleanReport(), { stage: 'submit' })).toEqual([]);
  });

  const cases: {
    name: string;
    values: Record<string, unknown>;
    fields: string[][];
    section: string;
    says: string;
  }[] = [
    {
      name: 'blank cells of one table-3 row make one violation',
      values: { 'requests.newReceived.commercial': null, 'requests.newReceived.other': null },
      fields: [['requests.newReceived.commercial', 'requests.newReceived.other']],
      section: 'requests',
      says: '表三「一、本年新收」2 格未填写（商业企业、其他）',
    },
    {
      name: 'a blank single-cell table-2 row',
      values: { 'proactive.coercion': null },
      fields: [['proactive.coercion']],
      section: 'proactive',
      says: '表二「行政强制」「本年处理决定数量」未填写',
    },
    {
      name: 'blank cells of a table-2 block row',
      values: { 'proactive.regulations.repealed': null },
      fields: [['proactive.regulations.repealed']],
      section: 'proactive',
      says: '表二「规章」1 格未填写（本年废止件数）',
    },
    {
      name: 'a table-4 group',
      values: {
        'appeals.litigationAfterReconsideration.upheld': null,
        'appeals.litigationAfterReconsideration.pending': null,
      },
      fields: [
        [
          'appeals.litigationAfterReconsideration.upheld',
          'appeals.litigationAfterReconsideration.pending',
        ],
      ],
      section: 'appeals',
      says: '表四「复议后起诉」2 格未填写（结果维持、尚未审结）',
    },
    {
      name: 'a whitespace-only required narrative',
      values: { 'overview.platform': ' \n\u3000' },
      fields: [['overview.platform']],
      section: 'overview',
      says: '一、总体情况（四）政府信息公开平台建设情况未填写',
    },
    {
      name: 'an empty 六、其他需要报告的事项',
      values: { otherMatters: '' },
      fields: [['otherMatters']],
      section: 'otherMatters',
      says: '六、其他需要报告的事项未填写',
    },
    {
      name: 'an empty agency',
      values: { 'meta.agency': '  ' },
      fields: [['meta.agency']],
      section: 'meta',
      says: '机关名称',
    },
  ];

  it.each(cases)('$name', ({ values, fields, section, says }) => {
    const doc = withValues(cleanReport(), values);
    const found = checkRequired(template, doc);
    expect(found.map((v) => v.fields)).toEqual(fields);
    expect(found[0]).toMatchObject({ rule: 'required', severity: 'warning', section });
    expect(found[0]?.message).toContain(says);
    expect(checkRequired(template, doc, { stage: 'submit' })[0]?.severity).toBe('error');
    expect(checkRequired(template, doc, { stage: 'draft' })[0]?.severity).toBe('warning');
  });

  it('does not require the optional opening paragraph', () => {
    expect(checkRequired(template, withValues(cleanReport(), { 'overview.intro': '' }))).toEqual(
      [],
    );
  });

  it('an empty report lists every input cell once, one violation per printed row', () => {
    const found = checkRequired(
      template,
      createEmptyReport(template, { agency: '某局', year: 2024 }),
    );
    const cells = found.filter(
      (v) =>
        v.section !== 'overview' && v.section !== 'improvement' && v.section !== 'otherMatters',
    );
    expect(cells.flatMap((v) => v.fields)).toEqual(listInputCells(template).map((c) => c.path));
    // 6 table-2 rows + 24 table-3 rows + 3 table-4 groups
    expect(cells).toHaveLength(6 + 24 + 3);
  });
});
