import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gov2021 } from '../template/gov-2021';
import { listComputedCells, listResultRows } from '../template/cells';
import { createEmptyReport, setAtPath } from '../report/document';
import { computeTotals } from './totals';

const empty = () => createEmptyReport(gov2021, { agency: '测试局', year: 2024 });

describe('computeTotals', () => {
  it('has a total for every computed cell, 0 for a blank report (blank counts as 0)', () => {
    const totals = computeTotals(gov2021, empty());
    expect(Object.keys(totals).sort()).toEqual(
      listComputedCells(gov2021)
        .map((c) => c.path)
        .sort(),
    );
    expect(new Set(Object.values(totals))).toEqual(new Set([0]));
  });

  it('sums the 总计 column, the （七）总计 row and the table-4 总计', () => {
    let doc = empty();
    doc = setAtPath(doc, 'requests.newReceived.natural', 21);
    doc = setAtPath(doc, 'requests.newReceived.commercial', 3);
    doc = setAtPath(doc, 'requests.denied.stateSecret.natural', 1);
    doc = setAtPath(doc, 'requests.unavailable.notHeld.natural', 10);
    doc = setAtPath(doc, 'requests.otherHandling.other.legalService', 2);
    doc = setAtPath(doc, 'appeals.reconsideration.upheld', 10);
    doc = setAtPath(doc, 'appeals.reconsideration.corrected', 1);
    const totals = computeTotals(gov2021, doc);
    expect(totals['requests.newReceived.total']).toBe(24);
    expect(totals['requests.resultsTotal.natural']).toBe(11);
    expect(totals['requests.resultsTotal.legalService']).toBe(2);
    expect(totals['requests.resultsTotal.total']).toBe(13);
    expect(totals['appeals.reconsideration.total']).toBe(11);
    expect(totals['appeals.directLitigation.total']).toBe(0);
  });

  it('（七）总计 always equals the sum of the 21 result rows, whatever they hold', () => {
    const rows = listResultRows(gov2021);
    expect(rows).toHaveLength(21);
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(1000)), { minLength: 21, maxLength: 21 }), (values) => {
        let doc = empty();
        rows.forEach(
          (r, i) => (doc = setAtPath(doc, `requests.${r.key}.natural`, values[i] ?? null)),
        );
        const expected = values.reduce<number>((s, v) => s + (v ?? 0), 0);
        const totals = computeTotals(gov2021, doc);
        expect(totals['requests.resultsTotal.natural']).toBe(expected);
        expect(totals['requests.resultsTotal.total']).toBe(expected);
      }),
    );
  });
});
