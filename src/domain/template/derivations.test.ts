import { describe, expect, it } from 'vitest';
import { gov2021 } from './gov-2021';
import { listComputedCells, listInputCells, listNarratives, listTable3Rows } from './cells';
import { buildReportSchema } from '../schema/build-schema';
import { createEmptyReport, getAtPath, sample2021 } from '../index';

describe('the 2021 template and what is derived from it', () => {
  const inputs = listInputCells(gov2021);

  it('has the cells of report-format.md: 10 in table 2, 24×6 in table 3, 12 in table 4', () => {
    const by = (s: string) => inputs.filter((c) => c.section === s).length;
    expect(by('proactive')).toBe(10);
    expect(by('requests')).toBe(144);
    expect(by('appeals')).toBe(12);
    expect(listTable3Rows(gov2021)).toHaveLength(25);
    expect(listComputedCells(gov2021)).toHaveLength(25 + 6 + 3);
  });

  it('uses path-safe ids and unique paths (dots only between segments)', () => {
    const paths = [...inputs.map((c) => c.path), ...listNarratives(gov2021).map((n) => n.path)];
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
  });

  it('puts every input cell and narrative in the empty report, blank', () => {
    const doc = createEmptyReport(gov2021, { agency: '某局', year: 2024 });
    for (const c of inputs) expect(getAtPath(doc, c.path)).toBeNull();
    for (const n of listNarratives(gov2021)) expect(getAtPath(doc, n.path)).toBe('');
  });

  it('builds a zod schema that accepts the sample and reports bad cells by path', () => {
    const schema = buildReportSchema(gov2021);
    expect(schema.safeParse(sample2021).success).toBe(true);
    const bad = structuredClone(sample2021) as unknown as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const denied = bad.requests?.denied as Record<string, Record<string, unknown>>;
    (denied.stateSecret as Record<string, unknown>).natural = -3;
    (bad.appeals?.reconsideration as Record<string, unknown>).upheld = 1.5;
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual([
      'appeals.reconsideration.upheld',
      'requests.denied.stateSecret.natural',
    ]);
  });
});
