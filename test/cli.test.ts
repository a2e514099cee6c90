import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The command line as a 政务公开办 runs it: real files, real process, real exit codes.

const root = fileURLToPath(new URL('..', import.meta.url));
const published = fileURLToPath(new URL('../../shared/samples/published/', import.meta.url));
const sample = fileURLToPath(
  new URL('../../shared/samples/2021_pinghu_kejiju.txt', import.meta.url),
);
const tsx = join(root, 'node_modules/.bin/tsx');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli/main.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const files = readdirSync(published)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(published, f));
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

describe('nianbao check', () => {
  it('prints one JSON line per published sample with the contract shape, and exits 0', async () => {
    const { code, stdout } = await run(['check', '--json', ...files]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(files.length);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'ok', 'document', 'importWarnings', 'violations']);
      expect(line.ok).toBe(true);
      expect(line.document.kind).toBe('gov-info-disclosure-annual-report');
    }
    const hongze = lines.find((l) => l.file.includes('2023_huaian'));
    expect(
      hongze.importWarnings.filter((w: { rule: string }) => w.rule === 'printedTotal'),
    ).toEqual([
      expect.objectContaining({
        fields: ['appeals.reconsideration.total'],
        printed: 0,
        computed: 11,
      }),
      expect.objectContaining({
        fields: ['appeals.litigationAfterReconsideration.total'],
        printed: 0,
        computed: 5,
      }),
    ]);
    expect(code).toBe(0);
  }, 30_000);

  it('exits 1 and names the column when a report does not balance', async () => {
    const broken = join(tmp, 'broken.txt');
    const text = (await import('node:fs')).readFileSync(sample, 'utf8');
    writeFileSync(
      broken,
      text.replace(/^(一、本年新收政府信息公开申请数量\t\t)0/m, (_m, head: string) => `${head}3`),
    );
    const { code, stdout } = await run(['check', broken]);
    expect(stdout).toContain('[balance]');
    expect(stdout).toContain('自然人');
    expect(code).toBe(1);
  }, 30_000);

  it('exits 2 with an error line for a file that is not a report', async () => {
    const prose = join(tmp, 'prose.txt');
    writeFileSync(prose, '今天天气很好，我们去公园散步。\n');
    const { code, stdout } = await run(['check', '--json', prose, join(published, files[0] ?? '')]);
    const first = JSON.parse(stdout.trim().split('\n')[0] ?? '{}');
    expect(first).toMatchObject({ file: prose, ok: false });
    expect(first.error).toMatch(/[\u4e00-\u9fa5]/);
    expect(first.document).toBeUndefined();
    expect(code).toBe(2);
  }, 30_000);

  it('turns on the cross-year rules with --previous', async () => {
    const [y2023, y2024] = ['2023_huaian', '2024_huaian'].map(
      (p) => files.find((f) => f.includes(p)) ?? '',
    );
    const { code, stdout } = await run(['check', '--json', '--previous', y2024 ?? '', y2023 ?? '']);
    const line = JSON.parse(stdout);
    expect(line.violations.map((v: { rule: string }) => v.rule)).toContain('inForceRollForward');
    expect(code).toBe(0);
  }, 30_000);
});

describe('nianbao convert', () => {
  it('converts the sample to JSON and back to text with the same figures', async () => {
    const json = join(tmp, 'sample.json');
    expect((await run(['convert', sample, '--to', 'json', '-o', json])).code).toBe(0);
    const text = await run(['convert', json, '--to', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('平湖市科技局');
    expect(text.stdout).toMatch(/行政规范性文件\t2\t0\t6/);
  }, 30_000);

  it('writes a standalone printable HTML file without script', async () => {
    const { code, stdout } = await run(['convert', sample, '--to', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/i);
    expect(stdout).not.toMatch(/<script/i);
  }, 30_000);

  it('refuses an unknown target format with usage and exit 2', async () => {
    const { code, stderr } = await run(['convert', sample, '--to', 'doc']);
    expect(stderr).toContain('--to json|text|html|docx|xlsx');
    expect(code).toBe(2);
  }, 30_000);
});
