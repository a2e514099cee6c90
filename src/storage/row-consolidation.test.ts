import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consolidate } from '../domain/consolidate/consolidate';
import { listInputCells } from '../domain/template/cells';
import type { Consolidation } from '../domain/consolidate/types';
import { feePath, input, report, template } from '../domain/consolidate/testing/fixtures';
import { createMemoryStore } from './memory-store';
import { testEnv } from './report-store.contract-helpers';
import { packConsolidation, unpackConsolidation } from './row-consolidation';
import { toRow } from './store-records';

// A 汇总's contributions are stored in columns (one value per source and cell) and must come
// back exactly: same lists, largest first, equal values in the order of the sources.

const COUNT = 'requests.newReceived.natural';
const OTHER = 'proactive.licensing';

/** The consolidation `consolidate` makes of reports with these values (null: blank). */
function summed(values: readonly { count: number | null; fee: number | null }[]): Consolidation {
  const docs = values.map((v, i) =>
    report(`第${i}局`, 2024, {
      [COUNT]: v.count,
      [feePath]: v.fee,
      [OTHER]: i % 3 === 0 ? 1 : null,
    }),
  );
  const result = consolidate(
    template,
    docs.map((d) => input(d)),
    { agency: '市', year: 2024 },
  );
  if (!result.ok) throw new Error(result.refusals.map((r) => r.message).join());
  return result.consolidation;
}

const roundTrip = (c: Consolidation) =>
  unpackConsolidation(JSON.parse(JSON.stringify(packConsolidation(c))));

describe('a 汇总 stored in columns', () => {
  it('gives back every contribution list as consolidate made it, ties and blanks included', () => {
    const value = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
    const fee = fc.option(fc.constantFrom(0, 0.5, 12.345678), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.record({ count: value, fee }), { minLength: 1, maxLength: 12 }),
        (vs) => {
          const c = summed(vs);
          expect(roundTrip(c)).toEqual(c);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is stored as a number per source and cell, not an object', () => {
    // Every cell of every source filled, as in an office's 汇总 of complete reports.
    const paths = listInputCells(template)
      .filter((cell) => cell.kind === 'count')
      .map((cell) => cell.path);
    const docs = Array.from({ length: 40 }, (_, i) =>
      report(`第${i}局`, 2024, Object.fromEntries(paths.map((p, k) => [p, (i + k) % 9]))),
    );
    const result = consolidate(
      template,
      docs.map((d) => input(d)),
      { agency: '市', year: 2024 },
    );
    if (!result.ok) throw new Error('refused');
    const packed = JSON.stringify(packConsolidation(result.consolidation));
    expect(packed.length).toBeLessThan(JSON.stringify(result.consolidation).length / 4);
    expect(packed).not.toContain('"value"');
  });

  it('keeps as it is a consolidation the columns cannot give back exactly', () => {
    const base = summed([
      { count: 1, fee: null },
      { count: 2, fee: null },
    ]);
    const stranger = {
      ...base,
      contributions: { [COUNT]: [{ agency: '不在来源中的机关', value: 3 }] },
    };
    const unsorted = {
      ...base,
      contributions: { [COUNT]: [...(base.contributions[COUNT] ?? [])].reverse() },
    };
    const twice = { ...base, sources: [...base.sources, ...base.sources] };
    for (const c of [stranger, unsorted, twice]) {
      expect(packConsolidation(c)).toBe(c);
      expect(roundTrip(c)).toEqual(c);
    }
  });

  it('loads from the store exactly as it was created', async () => {
    const store = createMemoryStore(testEnv());
    const c = summed([
      { count: 3, fee: 1.5 },
      { count: 3, fee: null },
      { count: 7, fee: 0 },
    ]);
    const created = await store.create({ document: report('市', 2024), consolidation: c });
    expect(toRow(template, created).consolidation).not.toEqual(c);
    const loaded = await store.load(created.id);
    expect(loaded?.ok && loaded.record.consolidation).toEqual(c);
  });
});
