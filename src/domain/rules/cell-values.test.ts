import { describe, expect, it } from 'vitest';
import { setAtPath } from '../report/document';
import { checkCellValues } from './cell-values';
import { cleanReport, template, withValues } from './test-support';

describe('value', () => {
  it('accepts valid counts, amounts with up to 6 decimals, and blanks', () => {
    const doc = withValues(cleanReport(), {
      'requests.granted.natural': 9_999_999,
      'proactive.feeAmount': 5949.088667,
      'appeals.reconsideration.upheld': null,
    });
    expect(checkCellValues(template, doc)).toEqual([]);
  });

  it('treats a cell missing from an untrusted document as blank, not invalid', () => {
    const doc = setAtPath(cleanReport(), 'appeals', {});
    expect(checkCellValues(template, doc)).toEqual([]);
  });

  const cases: { path: string; value: unknown; says: string }[] = [
    {
      path: 'requests.newReceived.natural',
      value: -1,
      says: '表三「一、本年新收」「自然人」的值 -1 无效：“-1”是负数',
    },
    {
      path: 'requests.denied.stateSecret.other',
      value: 1.5,
      says: '表三「（三）不予公开 1.属于国家秘密」「其他」的值 1.5 无效：“1.5”不是整数',
    },
    {
      path: 'proactive.licensing',
      value: 10_000_000,
      says: '表二「行政许可」「本年处理决定数量」的值 10000000 无效',
    },
    {
      path: 'proactive.feeAmount',
      value: 1.0000001,
      says: '表二「行政事业性收费」「本年收费金额（单位：万元）」的值 1.0000001 无效：',
    },
    {
      path: 'appeals.directLitigation.pending',
      value: '3',
      says: '表四「未经复议直接起诉」「尚未审结」的值 “3” 无效：不是数字',
    },
    { path: 'requests.carriedForward.research', value: true, says: '的值 true 无效：不是数字' },
    { path: 'requests.granted.legalService', value: Number.NaN, says: '的值 NaN 无效：不是数字' },
  ];

  it.each(cases)('raises one error for $path = $value', ({ path, value, says }) => {
    const found = checkCellValues(template, setAtPath(cleanReport(), path, value));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'value',
      severity: 'error',
      fields: [path],
      section: path.split('.')[0],
    });
    expect(found[0]?.message).toContain(says);
  });

  it('raises one violation per invalid cell', () => {
    const doc = withValues(cleanReport(), {
      'proactive.punishment': -2,
      'appeals.reconsideration.other': 'x',
    });
    expect(checkCellValues(template, doc).map((v) => v.fields)).toEqual([
      ['proactive.punishment'],
      ['appeals.reconsideration.other'],
    ]);
  });
});
