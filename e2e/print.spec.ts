import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { gov2021 } from '../src/domain/template/gov-2021';
import { sample2021 } from '../src/domain/samples/sample-2021';
import { getCell, getNarrative, type ReportDocument } from '../src/domain/report/document';
import { listInputCells } from '../src/domain/template/cells';
import { computeTotals } from '../src/domain/compute/totals';
import { exportHtml } from '../src/io/html-export';
import { importReport } from '../src/io/import-report';
import { readPublished } from '../src/io/testing/samples';

// The signed paper copy: print the export to PDF in Chromium and read it back with poppler.

const MM = 72 / 25.4;

function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim() !== '');
}

/** The rightmost word edge on page 1, in mm: a shrunk printout ends well inside the 版心. */
function rightEdgeMm(pdf: string): number {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], {
    encoding: 'utf8',
  });
  const xs = [...html.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
  return Math.max(...xs) / MM;
}

const largest = (): ReportDocument => {
  const biggest = readPublished().sort((a, b) => b.text.length - a.text.length)[0];
  const r = importReport(gov2021, biggest?.text ?? '');
  if (!r.ok) throw new Error(r.error);
  return r.document;
};

const cases: [string, () => ReportDocument][] = [
  ['the sample', () => sample2021],
  ['the largest published sample', largest],
];

for (const [name, make] of cases) {
  test(`prints ${name} on A4 with every value, repeated headers, page numbers and the signature`, async ({
    page,
  }, testInfo) => {
    const doc: ReportDocument = { ...make(), meta: { ...make().meta, publishedOn: '2022-01-20' } };
    await page.setContent(exportHtml(gov2021, doc));
    const pdf = testInfo.outputPath('report.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const pages = pdfPages(pdf);
    const all = pages.join('\n').replace(/[ \t]+/g, ' ');

    // Every figure of the tables is in the text (the cells themselves are checked in unit tests).
    const totals = computeTotals(gov2021, doc);
    const figures = [
      ...listInputCells(gov2021).map((c) => getCell(doc, c.path)),
      ...Object.values(totals),
    ].filter((v): v is number => v !== null);
    for (const v of new Set(figures)) expect(all, `figure ${v}`).toContain(String(v));

    // Page numbers read "— n —" on every page (pdftotext drops the thin spaces around n).
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(new RegExp(`—\\s?${i + 1}\\s?—`)));

    // Table 3's header is repeated on every page that holds one of its rows.
    const t3Pages = pages.filter((p) =>
      /本年度办理结果|不予处理|结转下年度继续办理|属于国家秘密/.test(p),
    );
    expect(t3Pages.length).toBeGreaterThan(0);
    for (const p of t3Pages) expect(p).toContain('申请人情况');

    // The signature and date are on the page of the last line of text.
    const last = pages[pages.length - 1] ?? '';
    const lastWords = getNarrative(doc, 'otherMatters').trim().slice(-6);
    expect(last).toContain(doc.meta.agency);
    expect(last).toContain('2022年1月20日');
    expect(last.replace(/\s+/g, '')).toContain(lastWords.replace(/\s+/g, ''));

    // Nothing was shrunk to fit: text still reaches the right edge of the 156 mm 版心 (28 + 156).
    expect(rightEdgeMm(pdf)).toBeGreaterThan(182);
    expect(rightEdgeMm(pdf)).toBeLessThan(186);

    // Page 1 as a picture, kept with the test's results to look at.
    const png = testInfo.outputPath('page1');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    await testInfo.attach('page 1', { path: `${png}.png`, contentType: 'image/png' });
  });
}

test('prints a 草稿 mark on a draft and none on a final copy', async ({ page }, testInfo) => {
  const render = async (draft: boolean) => {
    await page.setContent(exportHtml(gov2021, sample2021, { draft }));
    const pdf = testInfo.outputPath(`draft-${draft}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    return pdfPages(pdf);
  };
  // The mark is drawn rotated, so pdftotext reads its two characters on separate lines.
  const marked = (p: string) => p.includes('草') && p.includes('稿');
  const drafts = await render(true);
  expect(drafts.length).toBeGreaterThan(1);
  for (const p of drafts) expect(marked(p)).toBe(true);
  for (const p of await render(false)) expect(marked(p)).toBe(false);
});
