import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { sample2021 } from '../../domain/samples/sample-2021';
import type { ReportDocument } from '../../domain';
import { exportHtml } from '../html-export';
import { htmlToText } from '../html-import';
import type { ImportResult } from '../import-result';
import { readPublished } from '../testing/samples';
import { importText } from '../text-import';
import { MAX_OFFICE_BYTES } from '../office/sniff';
import { importPdf, type PdfPageText, type PdfTextSource } from './pdf-import';
import { comparable } from './testing/comparable';
import { a4, item } from './testing/typeset';
import { typesetReport } from './testing/typeset-report';

// importPdf without pdf.js: the source is replaced by pages "printed" by a small typesetter
// (Word-like: wrapped labels, figures on the first line of a row, page numbers), or by a source
// that fails the way pdf.js does.

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
const CHINESE = /[\u4e00-\u9fff]{6,}/;

const pagesOf =
  (pages: PdfPageText[]): PdfTextSource =>
  () =>
    Promise.resolve(pages);
const failing =
  (name: string): PdfTextSource =>
  () =>
    Promise.reject(Object.assign(new Error('pdf.js failed'), { name }));

/** The report printed as its printable copy would be (title lines dropped: typeset from h1). */
const printed = (doc: ReportDocument): PdfPageText[] =>
  typesetReport(htmlToText(exportHtml(gov2021, doc)).replace(/^[^#\n]*报告$/m, ''));

function refusal(r: ImportResult): string {
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error).toMatch(CHINESE);
  return r.error;
}

describe('importPdf reads a printed report back', () => {
  it('reads the 2021 sample to the same document', async () => {
    const r = await importPdf(gov2021, PDF, pagesOf(printed(sample2021)));
    if (!r.ok) throw new Error(r.error);
    expect(comparable(gov2021, r.document)).toEqual(comparable(gov2021, sample2021));
    expect(r.issues).toEqual([]);
  });

  it.each(readPublished().map((p) => [p.name, p.text] as const))(
    'reads %s to the same figures and text',
    async (_name, text) => {
      const source = importText(gov2021, text);
      if (!source.ok) throw new Error(source.error);
      const r = await importPdf(gov2021, PDF, pagesOf(printed(source.document)));
      if (!r.ok) throw new Error(r.error);
      expect(comparable(gov2021, r.document)).toEqual(comparable(gov2021, source.document));
    },
  );
});

describe('importPdf refuses what it cannot read, and says why', () => {
  it('refuses a scan: pages without text', async () => {
    const scan = pagesOf([a4([]), a4([item('1', 290, 800)])]);
    expect(refusal(await importPdf(gov2021, PDF, scan))).toContain('没有文字层（可能是扫描件');
  });

  it('refuses a text layer of unmapped glyphs', async () => {
    const garbage = String.fromCharCode(...Array.from({ length: 40 }, (_, i) => 0xe000 + i));
    const r = await importPdf(gov2021, PDF, pagesOf([a4([item(garbage, 80, 100)])]));
    expect(refusal(r)).toContain('乱码');
  });

  it('refuses an encrypted PDF', async () => {
    const r = await importPdf(gov2021, PDF, failing('PasswordException'));
    expect(refusal(r)).toContain('密码');
  });

  it('refuses a broken PDF', async () => {
    const r = await importPdf(gov2021, PDF, failing('InvalidPDFException'));
    expect(refusal(r)).toContain('已损坏');
  });

  it('refuses a file that is not a PDF before reading it', async () => {
    const r = await importPdf(gov2021, new TextEncoder().encode('PK\u0003\u0004'), failing('x'));
    expect(refusal(r)).toContain('不是 PDF');
  });

  it('refuses a file over the size limit and names the limit', async () => {
    const big = new Uint8Array(MAX_OFFICE_BYTES + 1);
    big.set(PDF);
    expect(refusal(await importPdf(gov2021, big, pagesOf([])))).toContain('20 MB');
  });

  it('refuses a PDF that is not a report', async () => {
    const letter = typesetReport(
      '关于召开年度工作会议的通知\n各科室：\n定于下周一上午九时在三楼会议室召开年度工作会议，请准时参加。\n办公室',
    );
    const r = await importPdf(gov2021, PDF, pagesOf(letter));
    expect(refusal(r)).toContain('不像一份政府信息公开工作年度报告');
  });
});
