import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { printWithLibreOffice } from '../src/testing/libreoffice';

// Issue 11's "done": on a fresh clone, `convert` of a published sample to .docx opens in
// LibreOffice with every figure in its table, and that .docx, its PDF (printed by LibreOffice)
// and the .xlsx all read back, through `check`, to the figures of the published text.

const root = fileURLToPath(new URL('..', import.meta.url));
const published = fileURLToPath(new URL('../../shared/samples/published/', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const SOURCE = join(published, '2024_shanghai_shi_kexuejishu_weiyuanhui.txt');
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-cli-office-'));

type Run = { code: number; stdout: string; stderr: string };

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli/main.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** `check --json FILE`: the document and the problems the command line reports for it. */
async function checked(file: string) {
  const { code, stdout, stderr } = await run(['check', '--json', file]);
  expect(code, stderr).not.toBe(2);
  const line = JSON.parse(stdout.trim()) as { document: unknown; violations: { rule: string }[] };
  return { document: line.document, rules: line.violations.map((v) => v.rule).sort() };
}

describe('convert to Word and Excel, and check them', () => {
  const docx = join(tmp, 'report.docx');
  const xlsx = join(tmp, 'report.xlsx');

  beforeAll(async () => {
    expect((await run(['convert', SOURCE, '--to', 'docx', '-o', docx])).code).toBe(0);
    expect((await run(['convert', SOURCE, '--to', 'xlsx', '-o', xlsx])).code).toBe(0);
    printWithLibreOffice([docx], tmp);
  }, 240_000);

  it('writes real Word and Excel files (zip packages)', () => {
    for (const file of [docx, xlsx])
      expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('reads the .docx and the .xlsx back to the same report', async () => {
    const original = await checked(SOURCE);
    for (const file of [docx, xlsx]) {
      const back = await checked(file);
      expect(back.document, file).toEqual(original.document);
      expect(back.rules, file).toEqual(original.rules);
    }
  }, 120_000);

  // A PDF's text layer keeps the characters, not the spaces between a figure and 件 that the
  // typesetter may squeeze: the figures must be the same, the narratives the same but for spaces.
  it('reads the PDF LibreOffice printed from the .docx back to the same figures', async () => {
    const original = await checked(SOURCE);
    const back = await checked(join(tmp, 'report.pdf'));
    const squeeze = (doc: unknown) => JSON.parse(JSON.stringify(doc).replace(/\s+/g, ''));
    expect(squeeze(back.document)).toEqual(squeeze(original.document));
    const figures = (doc: unknown) => {
      const { meta, proactive, requests, appeals } = doc as Record<string, { agency?: unknown }>;
      return { agency: meta?.agency, proactive, requests, appeals };
    };
    expect(figures(back.document)).toEqual(figures(original.document));
    expect(back.rules).toEqual(original.rules);
  }, 120_000);

  it('refuses a file that is not a report with exit 2 and a Chinese reason', async () => {
    const { code, stdout } = await run(['check', '--json', join(root, 'package.json')]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout.trim()).error).toMatch(/[\u4e00-\u9fff]/);
  }, 30_000);
});
