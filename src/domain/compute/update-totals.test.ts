import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gov2021 } from '../template/gov-2021';
import { listInputCells } from '../template/cells';
import { createEmptyReport, setAtPath, type ReportDocument } from '../report/document';
import { computeTotals } from './totals';
import { updateTotals } from './update-totals';

const cells = listInputCells(gov2021).map((c) => c.path);
const edit = fc.tuple(fc.constantFrom(...cells), fc.option(fc.nat(1000), { nil: null }));
const apply = (doc: ReportDocument, edits: readonly [string, number | null][]) =>
  edits.reduce((d, [p, v]) => setAtPath(d, p, v), doc);
const empty = () => createEmptyReport(gov2021, { agency: '测试局', year: 2024 });

describe('updateTotals', () => {
  it('equals computeTotals after random edits of random documents', () => {
    fc.assert(
      fc.property(fc.array(edit), fc.array(edit, { minLength: 1, maxLength: 4 }), (base, es) => {
        const before = apply(empty(), base);
        const after = apply(before, es);
        const previous = computeTotals(gov2021, before);
        const paths = es.map(([p]) => p);
        expect(updateTotals(gov2021, previous, after, paths)).toEqual(
          computeTotals(gov2021, after),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('returns the previous totals when no total moved', () => {
    const doc = empty();
    const previous = computeTotals(gov2021, doc);
    expect(updateTotals(gov2021, previous, doc, ['requests.granted.natural'])).toBe(previous);
    expect(updateTotals(gov2021, previous, doc, ['overview.onRequest'])).toBe(previous);
  });

  it('updates a cell’s row total, its column’s （七）总计 and the corner', () => {
    const doc = setAtPath(empty(), 'requests.granted.natural', 4);
    const next = updateTotals(gov2021, computeTotals(gov2021, empty()), doc, [
      'requests.granted.natural',
    ]);
    expect(next['requests.granted.total']).toBe(4);
    expect(next['requests.resultsTotal.natural']).toBe(4);
    expect(next['requests.resultsTotal.total']).toBe(4);
  });
});
