import { describe, expect, it } from 'vitest';
import { checkCarryOver } from './carry-over';
import { cleanReport, template, withValues } from './test-support';

describe('carryOver', () => {
  it('holds when 二 equals last year’s 四 in every column', () => {
    const previous = withValues(cleanReport(), {
      'requests.carriedForward.natural': 3,
      'requests.granted.natural': 0,
      'requests.newReceived.natural': 3,
    });
    const doc = withValues(cleanReport(), {
      'requests.carriedOver.natural': 3,
      'requests.granted.natural': 3,
    });
    expect(checkCarryOver(template, doc, previous)).toEqual([]);
  });

  it('raises the column and 总计 when they differ, naming both figures', () => {
    const previous = withValues(cleanReport(), { 'requests.carriedForward.natural': 5 });
    const doc = withValues(cleanReport(), { 'requests.carriedOver.natural': 3 });
    const found = checkCarryOver(template, doc, previous);
    expect(found.map((v) => v.fields)).toEqual([
      ['requests.carriedOver.natural'],
      ['requests.carriedOver.total'],
    ]);
    expect(found[0]).toMatchObject({ rule: 'carryOver', severity: 'warning', section: 'requests' });
    expect(found[0]?.message).toBe(
      '表三「自然人」列：二、上年结转 3，但上一年度报告四、结转下年度继续办理为 5，相差 2',
    );
    expect(found[1]?.message).toContain('表三「总计」列：二、上年结转 3');
  });

  it('skips a column that is blank on either side', () => {
    const previous = withValues(cleanReport(), { 'requests.carriedForward.commercial': null });
    const doc = withValues(cleanReport(), {
      'requests.carriedOver.commercial': 4,
      'requests.carriedOver.research': null,
    });
    const found = checkCarryOver(
      template,
      doc,
      withValues(previous, { 'requests.carriedForward.research': 2 }),
    );
    // commercial: blank last year → skipped; research: blank this year → skipped; 总计 4 ≠ 2.
    expect(found.map((v) => v.fields)).toEqual([['requests.carriedOver.total']]);
  });
});
