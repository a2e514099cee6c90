import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import { sample2021 } from '../samples/sample-2021';
import { setAtPath } from '../report/document';
import { diffReports, hasChanges } from './changes';
import { diffWords, tokenize } from './word-diff';

describe('diffWords', () => {
  it('marks the changed number in a Chinese sentence', () => {
    expect(diffWords('全年共公开政府信息 120 条', '全年共公开政府信息 125 条')).toEqual([
      { type: 'same', text: '全年共公开政府信息 ' },
      { type: 'removed', text: '120' },
      { type: 'added', text: '125' },
      { type: 'same', text: ' 条' },
    ]);
  });

  it('works on words, not whole sentences', () => {
    expect(tokenize('本机关不掌握相关政府信息').length).toBeGreaterThan(3);
    const parts = diffWords('依申请公开政府信息', '主动公开政府信息');
    expect(parts.at(-1)).toEqual({ type: 'same', text: '公开政府信息' });
  });

  it('falls back to characters', () => {
    expect(tokenize('信息', false)).toEqual(['信', '息']);
    expect(diffWords('120条', '125条', false)).toEqual([
      { type: 'same', text: '12' },
      { type: 'removed', text: '0' },
      { type: 'added', text: '5' },
      { type: 'same', text: '条' },
    ]);
  });

  it('handles empty texts', () => {
    expect(diffWords('', '新增一段')).toEqual([{ type: 'added', text: '新增一段' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});

describe('diffReports', () => {
  it('finds nothing between equal versions', () => {
    expect(hasChanges(diffReports(gov2021, sample2021, structuredClone(sample2021)))).toBe(false);
  });

  it('lists changed cells with their labels, meta and narratives', () => {
    let after = setAtPath(sample2021, 'requests.newReceived.natural', 7);
    after = setAtPath(after, 'proactive.feeAmount', null);
    after = setAtPath(after, 'meta.publishedOn', '2022-01-20');
    after = setAtPath(after, 'otherMatters', `${sample2021.otherMatters}本年度未收取信息处理费。`);
    const changes = diffReports(gov2021, sample2021, after);
    expect(changes.cells).toEqual([
      {
        path: 'proactive.feeAmount',
        name: '表二「行政事业性收费」「本年收费金额（单位：万元）」',
        rowLabel: '行政事业性收费',
        columnLabel: '本年收费金额（单位：万元）',
        before: sample2021.proactive.feeAmount,
        after: null,
      },
      {
        path: 'requests.newReceived.natural',
        name: '表三「一、本年新收」「自然人」',
        rowLabel: '一、本年新收政府信息公开申请数量',
        columnLabel: '自然人',
        before: expect.any(Number),
        after: 7,
      },
    ]);
    expect(changes.meta).toEqual([
      { field: 'publishedOn', label: '成文日期', before: null, after: '2022-01-20' },
    ]);
    expect(changes.narratives).toHaveLength(1);
    expect(changes.narratives[0]).toMatchObject({
      path: 'otherMatters',
      label: '六、其他需要报告的事项',
    });
    expect(changes.narratives[0]?.parts.at(-1)).toEqual({
      type: 'added',
      text: '本年度未收取信息处理费。',
    });
  });
});
