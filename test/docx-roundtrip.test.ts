import { describe, expect, it } from 'vitest';
import { gov2021, listInputCells, sample2021, setAtPath, type ReportDocument } from '../src/domain';
import { exportDocx, type DocxExportOptions } from '../src/io/docx/docx-export';
import { importDocx } from '../src/io/docx/docx-import';
import { importReport } from '../src/io/import-report';
import { readPublished } from '../src/io/testing/samples';

// The Word export reads back to the same report: every published sample and the 2021 sample,
// through exportDocx (the app's exporter) and importDocx (the Word reader).

async function roundTrip(doc: ReportDocument, options?: DocxExportOptions) {
  const r = await importDocx(gov2021, await exportDocx(gov2021, doc, options));
  if (!r.ok) throw new Error(r.error);
  return r;
}

const dated: ReportDocument = {
  ...sample2021,
  meta: { ...sample2021.meta, publishedOn: '2022-01-20' },
};

// Every input cell its own figure, so a figure read into the wrong cell cannot go unnoticed.
const distinct: ReportDocument = listInputCells(gov2021).reduce(
  (doc, cell, i) => setAtPath(doc, cell.path, cell.kind === 'amount' ? 5949.088667 : 100 + i),
  dated,
);

describe('.docx round trip: exportDocx → importDocx', () => {
  it.each([
    ['a draft with sign lines and no date', sample2021, { draft: true }],
    ['a final copy without sign lines', dated, { signatureLines: false }],
    ['an approved copy', dated, { approval: { reviewer: '张三', date: '2022-01-21' } }],
    ['with every cell its own figure', distinct, {}],
  ] as const)('the 2021 sample: %s', async (_name, doc, options) => {
    const r = await roundTrip(doc, options);
    expect(r.document).toEqual(doc);
    expect(r.issues).toEqual([]);
  });

  it.each(readPublished().map((p) => [p.name, p.text] as const))('%s', async (_name, text) => {
    const source = importReport(gov2021, text);
    if (!source.ok) throw new Error(source.error);
    const r = await roundTrip(source.document, { draft: true });
    expect(r.document).toEqual(source.document);
    expect(r.issues).toEqual([]);
  });
});
