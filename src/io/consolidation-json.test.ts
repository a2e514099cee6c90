import { describe, expect, it } from 'vitest';
import { gov2021 } from '../domain/template/gov-2021';
import { consolidate } from '../domain/consolidate/consolidate';
import type { ConsolidationInput } from '../domain/consolidate/types';
import { createEmptyReport, setAtPath } from '../domain/report/document';
import { listInputCells } from '../domain/template/cells';
import { exportJson } from './json-export';
import { importJson } from './json-import';
import { importReport } from './import-report';
import { MAX_IMPORT_CHARS } from './limits';

const cells = listInputCells(gov2021);
const fee = cells.find((c) => c.kind === 'amount')?.path ?? '';

/** `n` departments of 2024, every cell filled (fees with 6 decimals), long agency names. */
function sources(n: number): ConsolidationInput[] {
  return Array.from({ length: n }, (_, i) => {
    const agency = `江苏省淮安市洪泽区第${i}号人民政府工作部门`;
    const document = createEmptyReport(gov2021, { agency, year: 2024 }, (path) =>
      path === fee
        ? 1234.567891 + i
        : cells.some((c) => c.path === path)
          ? (i * 7) % 1000
          : undefined,
    );
    return { key: `f${i}.json`, document, problems: { errors: 0, warnings: 0 } };
  });
}

function summed(n: number) {
  const result = consolidate(gov2021, sources(n), { agency: '淮安市洪泽区人民政府' });
  if (!result.ok) throw new Error('expected a 汇总');
  return result;
}

describe('the consolidation key of a JSON file', () => {
  it('is written with the report and read back unchanged, through any reader of the app', () => {
    const { document, consolidation } = summed(3);
    const file = exportJson(gov2021, document, { consolidation });
    const written = JSON.parse(file).consolidation;
    expect(written.sources).toEqual(consolidation.sources);
    // Each contribution as [index into sources, value]; the same values, largest first.
    const cell = 'requests.newReceived.natural';
    expect(written.contributions[cell]).toEqual([
      [2, 14],
      [1, 7],
      [0, 0],
    ]);
    const back = importReport(gov2021, file);
    expect(back).toMatchObject({ ok: true, document, consolidation, issues: [] });
  });

  it('is absent from an ordinary report and its import', () => {
    const file = exportJson(
      gov2021,
      sources(1)[0]?.document ?? createEmptyReport(gov2021, { agency: '甲', year: 2024 }),
    );
    expect(JSON.parse(file)).not.toHaveProperty('consolidation');
    expect(importJson(gov2021, file)).not.toHaveProperty('consolidation');
  });

  it('keeps a 500-source 汇总 file under the import limit', () => {
    const { document, consolidation } = summed(500);
    const file = exportJson(gov2021, document, { consolidation });
    expect(file.length).toBeLessThan(MAX_IMPORT_CHARS);
    const back = importJson(gov2021, file);
    expect(back.ok && back.consolidation?.sources).toHaveLength(500);
  });

  const dropped = (mutate: (file: Record<string, unknown>) => void, reason: string) => {
    const { document, consolidation } = summed(2);
    const file = JSON.parse(exportJson(gov2021, document, { consolidation }));
    mutate(file);
    const back = importJson(gov2021, JSON.stringify(file));
    if (!back.ok) throw new Error(back.error);
    expect(back.consolidation).toBeUndefined();
    const issue = back.issues.find((i) => i.fields.includes('consolidation'));
    expect(issue?.message).toContain(reason);
    expect(issue?.message).toContain('已忽略');
    return back;
  };

  it('is dropped with an issue, the figures kept, when a cell no longer adds up', () => {
    const path = 'requests.granted.natural';
    const back = dropped((f) => Object.assign(f, setAtPath(f, path, 999_999)), '与各来源之和不符');
    expect(back.ok && back.document.requests).toMatchObject({ granted: { natural: 999_999 } });
  });

  it('is dropped when its shape is wrong, a source is of another year, or a cell is unknown', () => {
    dropped((f) => Object.assign(f, { consolidation: { sources: 'x' } }), '格式不对（sources）');
    dropped((f) => Object.assign(f, { consolidation: [] }), '格式不对');
    dropped(
      (f) =>
        Object.assign(f, setAtPath(f, 'consolidation.contributions.requests', { x: [[0, 1]] })),
      '格式不对（contributions.requests）',
    );
    dropped(
      (f) => Object.assign(f, setAtPath(f, 'consolidation.sources', [getSource(f)])),
      '指向不存在的来源',
    );
    dropped((f) => Object.assign(getSource(f), { year: 2023 }), '2023 年度');
    dropped(
      (f) => Object.assign(f, setAtPath(f, 'consolidation.contributions.bogus', [])),
      '报告中没有的单元格',
    );
  });
});

function getSource(file: Record<string, unknown>): Record<string, unknown> {
  const c = file.consolidation as { sources: Record<string, unknown>[] };
  return c.sources[0] ?? {};
}
