import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gov2021, sample2021, type ReportDocument } from '../src/domain';
import { nodePdfSource } from '../src/cli/pdfjs-node';
import { exportDocx } from '../src/io/docx/docx-export';
import { exportHtml, type HtmlExportOptions } from '../src/io/html-export';
import type { ImportResult } from '../src/io/import-result';
import { importPdf } from '../src/io/pdf/pdf-import';
import { comparable } from '../src/io/pdf/testing/comparable';
import { minimalPdf } from '../src/io/pdf/testing/minimal-pdf';
import { readPublished } from '../src/io/testing/samples';
import { printWithLibreOffice } from '../src/testing/libreoffice';
import { importText } from '../src/io/text-import';

// Real PDFs through pdf.js (its legacy build, as the command line reads them): printed by
// Chromium from the printable copy, and by LibreOffice from the Word export, each read back to the
// same report. The browser reads them with the same code, in pdf.js's worker.

const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function printWithChromium(html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

/** The largest published sample (by text), as the document it imports to. */
function largestPublished(): ReportDocument {
  const [largest] = [...readPublished()].sort((a, b) => b.text.length - a.text.length);
  const r = importText(gov2021, largest?.text ?? '');
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

const DOCS: [string, ReportDocument][] = [
  ['the 2021 sample', sample2021],
  ['the largest published sample', largestPublished()],
];

function imported(r: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('a PDF printed by Chromium from the printable copy', () => {
  const dated = { ...sample2021, meta: { ...sample2021.meta, publishedOn: '2022-01-20' } };
  const approved: HtmlExportOptions = {
    draft: true,
    approval: { reviewer: '张三', date: '2022-01-21' },
  };
  const cases: [string, ReportDocument, HtmlExportOptions][] = [
    ...DOCS.map(([name, doc]): [string, ReportDocument, HtmlExportOptions] => [name, doc, {}]),
    ['a 草稿 with a recorded approval', dated, approved],
  ];

  it.each(cases)(
    'reads %s back to the same report',
    async (_name, doc, options) => {
      const pdf = await printWithChromium(exportHtml(gov2021, doc, options));
      const r = imported(await importPdf(gov2021, pdf, nodePdfSource));
      // Every figure, the agency, year, date and paragraphs equal; spaces aside (testing/comparable.ts).
      expect(comparable(gov2021, r.document)).toEqual(comparable(gov2021, doc));
      expect(r.issues).toEqual([]);
    },
    60_000,
  );

  it('reads a 5-page report page by page, telling its progress', async () => {
    const pdf = await printWithChromium(exportHtml(gov2021, sample2021));
    const progress: string[] = [];
    await nodePdfSource(pdf, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    // Its speed is the bench's (npm run bench: a 5-page PDF, p95 ≤ 1 s), not a test's.
    imported(await importPdf(gov2021, pdf, nodePdfSource));
  }, 60_000);
});

describe('a PDF printed by LibreOffice from the Word export', () => {
  const pdfs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    const files = await Promise.all(
      DOCS.map(async ([, doc], i) => {
        const file = join(dir, `report-${i}.docx`);
        writeFileSync(file, await exportDocx(gov2021, doc));
        return file;
      }),
    );
    printWithLibreOffice(files, dir);
    DOCS.forEach((_, i) =>
      pdfs.set(String(i), new Uint8Array(readFileSync(join(dir, `report-${i}.pdf`)))),
    );
  }, 180_000);

  it.each(DOCS.map(([name, doc], i) => [name, doc, String(i)] as const))(
    'reads %s back to the same figures',
    async (_name, doc, key) => {
      const r = imported(
        await importPdf(gov2021, pdfs.get(key) ?? new Uint8Array(), nodePdfSource),
      );
      // LibreOffice leaves out a full-width comma or 顿号 that ends a line (it is not in its PDF,
      // nor on the printed page), so those are set aside as well as spaces.
      const loose = /[\s，、]+/g;
      expect(comparable(gov2021, r.document, loose)).toEqual(comparable(gov2021, doc, loose));
      expect(r.issues).toEqual([]);
    },
    60_000,
  );
});

describe('pdf.js in Node', () => {
  it('reads Chinese in a font that is not embedded, with the cmaps from pdfjs-dist', async () => {
    const [page] = await nodePdfSource(minimalPdf({ chinese: '政府信息公开工作年度报告' }));
    expect(page?.items.map((i) => i.str).join('')).toBe('政府信息公开工作年度报告');
  });
});

describe('PDFs that are refused, with a message that says why', () => {
  const refusal = async (bytes: Uint8Array): Promise<string> => {
    const r = await importPdf(gov2021, bytes, nodePdfSource);
    if (r.ok) throw new Error('expected a refusal');
    return r.error;
  };

  it('a scan: the page is an image of text, with no text layer', async () => {
    const html =
      '<canvas id="c" width="800" height="300"></canvas><script>' +
      "const g = document.getElementById('c').getContext('2d');" +
      "g.font = '40px sans-serif'; g.fillText('政府信息公开工作年度报告', 20, 100);</script>";
    const pdf = await printWithChromium(html);
    expect(await refusal(pdf)).toContain('没有文字层（可能是扫描件');
  }, 60_000);

  it('a PDF that is not a report', async () => {
    const pdf = await printWithChromium(
      '<h1>关于召开年度工作会议的通知</h1><p>各科室：定于下周一上午九时在三楼会议室召开年度工作会议，请准时参加。</p>',
    );
    expect(await refusal(pdf)).toContain('不像一份政府信息公开工作年度报告');
  }, 60_000);

  it('an encrypted PDF', async () => {
    expect(await refusal(minimalPdf({ encrypted: true }))).toContain('设有打开密码');
  });

  it('a broken PDF: cut short, as an interrupted download is', async () => {
    const pdf = await printWithChromium(exportHtml(gov2021, sample2021));
    expect(await refusal(pdf.slice(0, Math.floor(pdf.length / 3)))).toContain('已损坏或不完整');
  }, 60_000);
});
