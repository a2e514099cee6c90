import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listInputCells, listNarratives } from '../template/cells';
import { computeTotals } from '../compute/totals';
import type { ReportDocument } from '../report/document';
import { checkReport } from './check-report';
import { recheckReport, rulesReading } from './recheck';
import type { CheckOptions } from './types';
import { cleanReport, template, withValues } from './test-support';

const cells = listInputCells(template).map((c) => c.path);
const narratives = listNarratives(template).map((n) => n.path);

// Values that raise every rule: blanks, invalid numbers, contradicting or silent narratives.
const cellValue = fc.oneof(fc.constant(null), fc.nat(40), fc.constantFrom(0, 1, 2, -1, 1.5, 'x'));
const text = fc.constantFrom(
  '',
  '无',
  '本年度未收取信息处理费。',
  '全年收到政府信息公开申请 3 件，上年结转 1 件，结转下年度继续办理 2 件。',
  '受理政府信息公开申请 5 件。',
  '发生行政复议案件 2 件，行政诉讼 1 件。',
);
const edit: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constantFrom(...cells), cellValue),
  fc.tuple(fc.constantFrom(...narratives), text),
  fc.tuple(fc.constant('meta.agency'), fc.constantFrom('', '某某局')),
  fc.tuple(fc.constant('meta.title'), fc.constantFrom(null, '标题')),
);
const doc = fc
  .array(edit, { maxLength: 40 })
  .map((edits) => withValues(cleanReport(), Object.fromEntries(edits)));
const options: fc.Arbitrary<CheckOptions> = fc.record({
  stage: fc.constantFrom('draft' as const, 'submit' as const),
  previous: fc.option(doc, { nil: undefined }),
});

function recheck(before: ReportDocument, after: ReportDocument, paths: string[], o: CheckOptions) {
  const previous = checkReport(template, before, o);
  const totals = computeTotals(template, after);
  return recheckReport(template, after, { previous, changed: paths, totals }, o);
}

describe('recheckReport', () => {
  it('equals checkReport of the edited document, for random documents and edits', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 3 }), options, (d, es, o) => {
        const after = withValues(d, Object.fromEntries(es));
        const paths = es.map(([p]) => p);
        expect(recheck(d, after, paths, o)).toEqual(checkReport(template, after, o));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the problems of the rules a change cannot affect (same objects)', () => {
    const before = withValues(cleanReport(), { otherMatters: '无' });
    const previous = checkReport(template, before);
    const after = withValues(before, { 'requests.granted.natural': 1 });
    const found = recheckReport(template, after, {
      previous,
      changed: ['requests.granted.natural'],
    });
    expect(found.find((v) => v.rule === 'feeReported')).toBe(previous[0]);
    expect(found.map((v) => v.rule)).toEqual(['balance', 'balance', 'feeReported']);
  });

  it('checks everything when a path is not a field of the template', () => {
    const after = withValues(cleanReport(), { 'requests.granted': { natural: -1 } });
    const found = recheckReport(template, after, { previous: [], changed: ['requests.granted'] });
    expect(found).toEqual(checkReport(template, after));
  });
});

describe('rulesReading', () => {
  it('a table-3 result cell is read by value, balance and required, not by the narratives', () => {
    expect([...rulesReading(template, ['requests.granted.natural'])].sort()).toEqual([
      'balance',
      'required',
      'value',
    ]);
  });

  it('row 一 is compared with the narratives, 六 with the fee rule, the title by nothing', () => {
    expect(rulesReading(template, ['requests.newReceived.natural']).has('narrativeNumber')).toBe(
      true,
    );
    expect([...rulesReading(template, ['otherMatters'])].sort()).toEqual([
      'feeReported',
      'narrativeNumber',
      'required',
    ]);
    expect(rulesReading(template, ['meta.title']).size).toBe(0);
  });
});
