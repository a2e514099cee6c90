import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeTotals,
  formatCellValue,
  getCell,
  getNarrative,
  gov2021,
  layoutTables,
  listInputCells,
  reportTitle,
  sample2021,
  setAtPath,
  type LayoutRow,
  type ReportDocument,
} from '../src/domain';
import { exportDocx, type DocxExportOptions } from '../src/io/docx/docx-export';
import { printWithLibreOffice } from '../src/testing/libreoffice';
import { importReport } from '../src/io/import-report';
import { published } from '../src/io/testing/samples';

// The .docx as an office suite opens it: LibreOffice prints it to PDF, poppler reads the text back.
// LibreOffice (Debian libreoffice-writer-nogui) and poppler-utils are installed by .ci/run.

const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-lo-'));

function fromPublished(name: string): ReportDocument {
  const r = importReport(gov2021, published(name));
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

const dated = (doc: ReportDocument): ReportDocument => ({
  ...doc,
  meta: { ...doc.meta, publishedOn: '2022-01-20' },
});

// Every input cell its own figure, so a figure in the wrong row or column cannot go unnoticed.
const distinct = listInputCells(gov2021).reduce(
  (doc, cell, i) => setAtPath(doc, cell.path, cell.kind === 'amount' ? 1.25 : 100 + i),
  dated(sample2021),
);

type Case = { name: string; doc: ReportDocument; options: DocxExportOptions };
const cases: Case[] = [
  { name: 'sample-draft', doc: dated(sample2021), options: { draft: true } },
  {
    name: 'distinct',
    doc: distinct,
    options: { approval: { reviewer: '张三', date: '2022-01-21' } },
  },
  {
    name: 'largest',
    doc: dated(fromPublished('2025_shanghai_shizhengfu_bangongting.txt')),
    options: {},
  },
  {
    name: 'blanks',
    doc: dated(fromPublished('2023_suqian_shuyangxian_fazhangaigeju.txt')),
    options: {},
  },
];

const pdfPages = new Map<string, string[]>();
const pdfInfo = new Map<string, string>();

beforeAll(async () => {
  const files = await Promise.all(
    cases.map(async (c) => {
      const file = join(dir, `${c.name}.docx`);
      writeFileSync(file, await exportDocx(gov2021, c.doc, c.options));
      return file;
    }),
  );
  printWithLibreOffice(files, dir);
  for (const c of cases) {
    const pdf = join(dir, `${c.name}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    pdfPages.set(
      c.name,
      text.split('\f').filter((p) => p.trim() !== ''),
    );
    pdfInfo.set(c.name, execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const TRAILING = new RegExp(String.raw`(?:^|\s)((?:${NUMBER}\s+)*${NUMBER})\s*$`);

/** The figures at the end of a line (the value columns), in order. */
function trailingFigures(line: string): string[] {
  return TRAILING.exec(line)?.[1]?.split(/\s+/) ?? [];
}

/** The figures of a table row as printed, in column order; blank cells print nothing. */
function rowFigures(row: LayoutRow, doc: ReportDocument): string[] {
  const totals = computeTotals(gov2021, doc);
  return row.cells
    .map((c) =>
      c.type === 'input'
        ? formatCellValue(getCell(doc, c.path))
        : c.type === 'computed'
          ? formatCellValue(totals[c.path] ?? null)
          : '',
    )
    .filter((v) => v !== '');
}

/**
 * Finds each value row of a table after `from`: its label's first characters on a line, then its
 * figures in order at the end of that line or of one of the next lines (a wrapped label prints
 * its figures beside its middle line). Returns the line after the last row found.
 */
function expectRows(
  lines: string[],
  from: number,
  rows: readonly LayoutRow[],
  doc: ReportDocument,
) {
  let at = from;
  for (const row of rows) {
    const figures = rowFigures(row, doc);
    const label = [...row.cells].reverse().find((c) => c.type === 'label');
    if (label?.type === 'label') {
      const key = squash(label.text).slice(0, 6);
      const found = lines.findIndex((l, i) => i >= at && squash(l).includes(key));
      expect(found, `row ${label.text}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    if (figures.length === 0) continue;
    // A row without a label (table 4) is looked for below the table's header.
    const first = label ? Math.max(at - 1, from) : at;
    const window = lines.slice(first, at + (label ? 4 : 12));
    const hit = window.findIndex((l) => trailingFigures(l).join(' ') === figures.join(' '));
    expect(
      hit,
      `figures of ${row.key}: ${figures.join(' ')}\n${window.join('\n')}`,
    ).toBeGreaterThanOrEqual(0);
    at = first + hit + 1;
  }
  return at;
}

describe.each(cases)('the .docx of $name, printed by LibreOffice', ({ name, doc, options }) => {
  const pages = () => pdfPages.get(name) ?? [];

  it('is A4, a sane number of pages, each numbered 「— n —」', () => {
    expect(pdfInfo.get(name)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pages().length).toBeGreaterThanOrEqual(4);
    expect(pages().length).toBeLessThanOrEqual(12);
    pages().forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
  });

  it('prints every figure of the three tables in its row', () => {
    const lines = pages().join('\n').split('\n');
    const tables = layoutTables(gov2021);
    for (const section of gov2021.sections) {
      if (section.content === 'narratives') continue;
      const start = lines.findIndex((l) => squash(l).includes(squash(section.title)));
      expect(start, section.title).toBeGreaterThanOrEqual(0);
      const rows = tables[section.content].body.filter((r) => r.role === 'body');
      expectRows(lines, start + 1, rows, doc);
    }
  });

  it('starts with the title and ends with the 落款 on the page of the last body line', () => {
    expect(squash(pages()[0] ?? '')).toContain(squash(reportTitle(doc)));
    const last = squash(pages().at(-1) ?? '');
    expect(last).toContain(squash(doc.meta.agency));
    expect(last).toContain('2022年1月20日');
    expect(last).toContain(squash(getNarrative(doc, 'otherMatters')).slice(-6));
    expect(last).toContain('填报人：');
    if (options.approval) expect(last).toContain('审核人：张三审核日期：2022年1月21日');
  });

  it(options.draft ? 'marks every page 草稿' : 'has no 草稿 mark', () => {
    for (const p of pages()) expect(p.includes('草稿')).toBe(options.draft === true);
  });
});
