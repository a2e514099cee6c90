import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gov2021 } from '../src/domain/template/gov-2021';
import { listInputCells } from '../src/domain/template/cells';
import { createEmptyReport, getCell, type ReportDocument } from '../src/domain/report/document';
import { exportJson } from '../src/io/json-export';
import { importReport } from '../src/io/import-report';

// `consolidate` as a 政务公开办 runs it: real files, a real process, real exit codes, and
// nothing written when it refuses.

const root = fileURLToPath(new URL('..', import.meta.url));
const published = fileURLToPath(new URL('../../shared/samples/published/', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-consolidate-'));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli/main.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const sample = (part: string): string =>
  join(published, readdirSync(published).find((f) => f.includes(part)) ?? part);
const hongze2023 = sample('2023_huaian');
const hongze2024 = sample('2024_huaian');
const shanghai2024 = sample('2024_shanghai');

/** The document the app reads from a sample file (annotations stripped, as the CLI does). */
function read(file: string): ReportDocument {
  const result = importReport(gov2021, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

/** A JSON report of `agency`: every cell 0 (so it balances) except `values`. */
function jsonReport(name: string, agency: string, values: Record<string, number> = {}): string {
  const doc = createEmptyReport(gov2021, { agency, year: 2024 }, (path) =>
    listInputCells(gov2021).some((c) => c.path === path) ? (values[path] ?? 0) : undefined,
  );
  const file = join(tmp, name);
  writeFileSync(file, exportJson(gov2021, doc));
  return file;
}

let outs = 0;
const newOut = () => join(tmp, `out-${++outs}.json`);

describe('nianbao consolidate', () => {
  it('sums two published 2024 reports cell by cell, prints the contract object, writes OUT, exits 0', async () => {
    const out = newOut();
    const { code, stdout } = await run([
      'consolidate',
      '--json',
      '-o',
      out,
      hongze2024,
      shanghai2024,
    ]);
    const object = JSON.parse(stdout);
    expect(Object.keys(object)).toEqual([
      'ok',
      'year',
      'agency',
      'sources',
      'document',
      'violations',
    ]);
    expect(object).toMatchObject({ ok: true, year: 2024, agency: '汇总' });
    expect(object.sources).toEqual([
      {
        file: hongze2024,
        agency: read(hongze2024).meta.agency,
        year: 2024,
        errors: 0,
        warnings: expect.any(Number),
      },
      {
        file: shanghai2024,
        agency: read(shanghai2024).meta.agency,
        year: 2024,
        errors: 0,
        warnings: expect.any(Number),
      },
    ]);
    const [a, b] = [read(hongze2024), read(shanghai2024)];
    for (const { path } of listInputCells(gov2021)) {
      const [x, y] = [getCell(a, path), getCell(b, path)];
      const expected = x === null && y === null ? null : (x ?? 0) + (y ?? 0);
      expect(getCell(object.document, path), path).toBe(expected);
    }
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.kind).toBe('gov-info-disclosure-annual-report');
    expect(written.consolidation.sources.map((s: { key: string }) => s.key)).toEqual([
      hongze2024,
      shanghai2024,
    ]);
    expect(code).toBe(0);
    // The file is a report `check` reads like any other.
    const check = await run(['check', '--json', out]);
    expect(JSON.parse(check.stdout)).toMatchObject({
      ok: true,
      document: { meta: { agency: '汇总', year: 2024 } },
    });
  }, 60_000);

  it('names the result with --agency and prints a Chinese summary', async () => {
    const out = newOut();
    const a = jsonReport('a.json', '甲局', {
      'requests.newReceived.natural': 2,
      'requests.granted.natural': 2,
    });
    const b = jsonReport('b.json', '乙局', {
      'requests.newReceived.natural': 1,
      'requests.granted.natural': 1,
    });
    const { code, stdout } = await run([
      'consolidate',
      '--agency',
      '某某区人民政府',
      '-o',
      out,
      a,
      b,
    ]);
    expect(stdout).toContain('汇总「某某区人民政府」2024 年度：2 份报告');
    expect(stdout).toContain(`已写入 ${out}`);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.meta.agency).toBe('某某区人民政府');
    expect(doc.requests.newReceived.natural).toBe(3);
    expect(doc.overview.proactive).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1, still writing OUT, when a source has an error-severity problem', async () => {
    const out = newOut();
    const good = jsonReport('good.json', '甲局');
    const unbalanced = jsonReport('unbalanced.json', '乙局', { 'requests.newReceived.natural': 3 });
    const { code, stdout } = await run(['consolidate', '--json', '-o', out, good, unbalanced]);
    const object = JSON.parse(stdout);
    expect(object.ok).toBe(false);
    expect(object.sources[1]).toMatchObject({ agency: '乙局', errors: expect.any(Number) });
    expect(object.sources[1].errors).toBeGreaterThan(0);
    // The sum does not balance either: the rules run on the result as on any report.
    expect(object.violations.map((v: { rule: string }) => v.rule)).toContain('balance');
    expect(existsSync(out)).toBe(true);
    expect(code).toBe(1);
  }, 60_000);
});

describe('nianbao consolidate refuses, writes nothing and exits 2', () => {
  async function refused(files: string[]): Promise<{ error: string; sources: unknown[] }> {
    const out = newOut();
    const { code, stdout } = await run(['consolidate', '--json', '-o', out, ...files]);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const object = JSON.parse(stdout);
    expect(object.ok).toBe(false);
    expect(object).not.toHaveProperty('document');
    return object;
  }

  it('when the years differ', async () => {
    const { error } = await refused([hongze2023, hongze2024]);
    expect(error).toContain('年度不一致');
    expect(error).toContain('2023 年');
  }, 60_000);

  it('when one agency appears twice', async () => {
    const a = jsonReport('dup-1.json', '甲局');
    const again = jsonReport('dup-2.json', ' 甲局');
    const { error } = await refused([a, again]);
    expect(error).toContain('「甲局」被选入 2 次');
  }, 60_000);

  it('when an agency is counted directly and inside a 汇总 given with it, naming that 汇总', async () => {
    const district = newOut();
    const [a, b] = [jsonReport('n-a.json', '甲局'), jsonReport('n-b.json', '乙局')];
    expect((await run(['consolidate', '--agency', '某区', '-o', district, a, b])).code).toBe(0);
    const { error } = await refused([district, a]);
    expect(error).toContain('「甲局」');
    expect(error).toContain('汇总报告「某区」');
  }, 60_000);

  it('when a file cannot be read, naming it', async () => {
    const prose = join(tmp, 'prose.txt');
    writeFileSync(prose, '今天天气很好，我们去公园散步。\n');
    const { error, sources } = await refused([hongze2024, prose]);
    expect(error).toContain(prose);
    expect(sources[1]).toMatchObject({
      file: prose,
      error: expect.stringMatching(/[\u4e00-\u9fa5]/),
    });
  }, 60_000);

  it('without -o or without files, with the usage', async () => {
    const noOut = await run(['consolidate', hongze2024]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('consolidate [--agency NAME] [--json] -o OUT FILE...');
    expect((await run(['consolidate', '-o', newOut()])).code).toBe(2);
  }, 60_000);

  it('in plain text on stderr without --json', async () => {
    const out = newOut();
    const { code, stderr } = await run(['consolidate', '-o', out, hongze2023, hongze2024]);
    expect(stderr).toContain('汇总未完成，未写入任何文件');
    expect(existsSync(out)).toBe(false);
    expect(code).toBe(2);
  }, 60_000);
});
