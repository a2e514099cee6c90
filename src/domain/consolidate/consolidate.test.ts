import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryReport } from '../../testing/arbitrary-report';
import { getCell, getNarrative, setAtPath, type ReportDocument } from '../report/document';
import { listInputCells, listNarratives } from '../template/cells';
import { consolidate, staleSources } from './consolidate';
import { sourceContentKey } from './source-key';
import type { ConsolidationInput, ConsolidationResult } from './types';
import { feePath, input, report, template } from './testing/fixtures';

const cells = listInputCells(template);
const NATURAL = 'requests.newReceived.natural';
const COMMERCIAL = 'requests.newReceived.commercial';

function ok(result: ConsolidationResult) {
  if (!result.ok) throw new Error(result.refusals.map((r) => r.message).join('\n'));
  return result;
}

/** Random reports of one year with distinct agencies (机关0, 机关1, …). */
const reportsOfOneYear = (min: number, max: number) =>
  fc
    .array(arbitraryReport, { minLength: min, maxLength: max })
    .map((docs) =>
      docs.map((d, i) => setAtPath(setAtPath(d, 'meta.year', 2024), 'meta.agency', `机关${i}`)),
    );

const keyed = (docs: readonly ReportDocument[]): ConsolidationInput[] =>
  docs.map((document, i) => ({ key: `r${i}`, document }));

/** The expected sum of one cell, computed apart: fees through their 6-decimal text. */
function expectedSum(docs: readonly ReportDocument[], path: string, amount: boolean) {
  const values = docs.map((d) => getCell(d, path)).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  if (!amount) return values.reduce((a, b) => a + b, 0);
  const micros = values.reduce((sum, v) => sum + BigInt(v.toFixed(6).replace('.', '')), 0n);
  const text = micros.toString().padStart(7, '0');
  return Number(`${text.slice(0, -6)}.${text.slice(-6)}`);
}

describe('consolidate: the sums', () => {
  it('adds every input cell over the sources; blank in every source stays blank, blank + n = n', () => {
    fc.assert(
      fc.property(reportsOfOneYear(1, 5), (docs) => {
        const inputs = keyed(docs);
        const result = ok(
          consolidate(template, inputs, { agency: '汇总', allowErrors: inputs.map((i) => i.key) }),
        );
        for (const cell of cells) {
          const expected = expectedSum(docs, cell.path, cell.kind === 'amount');
          expect(getCell(result.document, cell.path)).toBe(expected);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('keeps a cell blank only when it is blank in every source: blank + 0 is 0, blank + 5 is 5', () => {
    const a = input(report('甲', 2024, { [NATURAL]: null, [COMMERCIAL]: 0, [feePath]: null }));
    const b = input(report('乙', 2024, { [NATURAL]: null, [COMMERCIAL]: null, [feePath]: 5 }));
    const { document } = ok(consolidate(template, [a, b], { agency: '汇总' }));
    expect([NATURAL, COMMERCIAL, feePath].map((p) => getCell(document, p))).toEqual([null, 0, 5]);
  });

  it('gives the same sums over any split of the sources (parts summed, then the part 汇总 summed)', () => {
    const split = reportsOfOneYear(2, 6).chain((docs) =>
      fc.tuple(
        fc.constant(docs),
        fc.array(fc.integer({ min: 0, max: 2 }), {
          minLength: docs.length,
          maxLength: docs.length,
        }),
      ),
    );
    fc.assert(
      fc.property(split, ([docs, partOf]) => {
        const inputs = keyed(docs);
        const everything = { allowErrors: inputs.map((i) => i.key) };
        const whole = ok(consolidate(template, inputs, { agency: '全市', ...everything }));
        const parts = [0, 1, 2]
          .map((p) => inputs.filter((_, i) => partOf[i] === p))
          .filter((part) => part.length > 0)
          .map((part, p) => ok(consolidate(template, part, { agency: `片区${p}`, ...everything })));
        const partInputs = parts.map((r, p) => ({
          key: `part${p}`,
          document: r.document,
          consolidation: r.consolidation,
        }));
        const allowErrors = partInputs.map((i) => i.key);
        const top = ok(consolidate(template, partInputs, { agency: '全市', allowErrors }));
        expect(top.document).toEqual(whole.document);
        const inside = top.consolidation.sources.flatMap((s) => s.consolidatedAgencies ?? []);
        expect(inside.sort()).toEqual(docs.map((d) => d.meta.agency).sort());
      }),
      { numRuns: 15 },
    );
  });

  it('sums fees exactly to the 6th decimal, never in floating point', () => {
    const fees = (values: number[]) =>
      values.map((v, i) => input(report(`机关${i}`, 2024, { [feePath]: v })));
    const sum = (values: number[]) =>
      getCell(ok(consolidate(template, fees(values), { agency: '汇总' })).document, feePath);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum([0.1, 0.2])).toBe(0.3);
    expect(sum(Array.from({ length: 10 }, () => 0.1))).toBe(1);
    expect(sum(Array.from({ length: 500 }, () => 0.000001))).toBe(0.0005);
    expect(sum([7730.28, 4068.208, 5949.088667])).toBe(17747.576667);
    expect(sum(Array.from({ length: 300 }, () => 5949.088667))).toBe(1784726.6001);
  });

  it('skips a value that is not a finite number (an invalid source cell) instead of failing', () => {
    const bad = input(report('甲', 2024, { [NATURAL]: Number.NaN, [feePath]: Infinity }), 2);
    const good = input(report('乙', 2024, { [NATURAL]: 4, [feePath]: 1.5 }));
    const result = ok(
      consolidate(template, [bad, good], { agency: '汇总', allowErrors: [bad.key] }),
    );
    expect(getCell(result.document, NATURAL)).toBe(4);
    expect(getCell(result.document, feePath)).toBe(1.5);
  });

  it('warns, naming the cell, when a sum exceeds the 9,999,999 a cell can hold', () => {
    const big = (agency: string) => input(report(agency, 2024, { [NATURAL]: 9_000_000 }));
    const result = ok(consolidate(template, [big('甲'), big('乙')], { agency: '汇总' }));
    expect(getCell(result.document, NATURAL)).toBe(18_000_000);
    expect(result.warnings).toEqual([expect.stringContaining('超过单格上限 9999999')]);
    expect(result.warnings[0]).toContain('自然人');
  });

  it('writes empty narratives, the given agency and the common year', () => {
    const doc = setAtPath(report('甲局', 2023, { [NATURAL]: 1 }), 'overview.proactive', '甲的文字');
    const result = ok(consolidate(template, [input(doc)], { agency: '某某区人民政府' }));
    expect(result.document.meta).toMatchObject({
      agency: '某某区人民政府',
      year: 2023,
      title: null,
    });
    for (const n of listNarratives(template))
      expect(getNarrative(result.document, n.path)).toBe('');
    const unnamed = ok(consolidate(template, [input(doc)], { agency: '  ' }));
    expect(unnamed.document.meta.agency).toBe('汇总');
  });
});

describe('consolidate: contributions and sources', () => {
  it('lists each cell’s non-blank contributions, largest first, ties in source order', () => {
    const docs = [
      report('甲', 2024, { [NATURAL]: 3 }),
      report('乙', 2024, { [NATURAL]: null }),
      report('丙', 2024, { [NATURAL]: 10 }),
      report('丁', 2024, { [NATURAL]: 0 }),
      report('戊', 2024, { [NATURAL]: 10 }),
    ];
    const result = ok(
      consolidate(
        template,
        docs.map((d) => input(d)),
        { agency: '汇总' },
      ),
    );
    expect(result.consolidation.contributions[NATURAL]).toEqual([
      { agency: '丙', value: 10 },
      { agency: '戊', value: 10 },
      { agency: '甲', value: 3 },
      { agency: '丁', value: 0 },
    ]);
    expect(result.consolidation.contributions[COMMERCIAL]).toBeUndefined();
    expect(getCell(result.document, COMMERCIAL)).toBeNull();
  });

  it('records each source with its key, counts and content key', () => {
    const a = report('甲', 2024, { [NATURAL]: 1 });
    const b = report('乙', 2024, { [NATURAL]: 2 });
    const inputs = [
      { key: 'a.txt', document: a },
      { ...input(b), contentKey: 'stored-key' },
    ];
    const result = ok(consolidate(template, inputs, { agency: '汇总', allowErrors: ['a.txt'] }));
    expect(result.consolidation.sources).toEqual([
      expect.objectContaining({
        key: 'a.txt',
        agency: '甲',
        year: 2024,
        contentKey: sourceContentKey(a),
      }),
      expect.objectContaining({ key: 'key:乙', agency: '乙', contentKey: 'stored-key', errors: 0 }),
    ]);
    // The rules ran on 甲: 一 = 1 does not balance in 自然人 and 总计, and its blanks are unfilled.
    expect(result.consolidation.sources[0]?.errors).toBe(2);
    expect(result.consolidation.sources[0]?.warnings).toBeGreaterThan(0);
  });

  it('refuses sources with errors unless the user chose them, then names them in a warning', () => {
    const clean = input(report('甲', 2024, { [NATURAL]: 1 }));
    const broken = input(report('乙', 2024, { [NATURAL]: 2 }), 3);
    const refused = consolidate(template, [clean, broken], { agency: '汇总' });
    expect(refused).toMatchObject({ ok: false, refusals: [{ code: 'errors', agencies: ['乙'] }] });
    const chosen = ok(
      consolidate(template, [clean, broken], { agency: '汇总', allowErrors: [broken.key] }),
    );
    expect(chosen.consolidation.includedWithErrors).toEqual(['乙']);
    expect(chosen.warnings.join()).toContain('「乙」（3 个错误）');
    const cleanOnly = ok(consolidate(template, [clean], { agency: '汇总' }));
    expect(cleanOnly.warnings).toEqual([]);
    expect(cleanOnly.consolidation.includedWithErrors).toEqual([]);
  });
});

describe('staleSources', () => {
  it('names the sources changed since the 汇总 and those no longer present', () => {
    const docs = ['甲', '乙', '丙'].map((a) => input(report(a, 2024, { [NATURAL]: 1 })));
    const keys = docs.map((d, i) => ({ ...d, contentKey: `v${i}` }));
    const { consolidation } = ok(consolidate(template, keys, { agency: '汇总' }));
    const now = new Map([
      ['key:甲', 'v0'],
      ['key:乙', 'v1-edited'],
    ]);
    expect(staleSources(consolidation, now)).toEqual({ changed: ['key:乙'], missing: ['key:丙'] });
    const same = new Map(keys.map((k) => [k.key, k.contentKey]));
    expect(staleSources(consolidation, same)).toEqual({ changed: [], missing: [] });
  });
});
