import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gov2021 } from '../src/domain/template/gov-2021';
import { sample2021 } from '../src/domain/samples/sample-2021';
import { checkReport } from '../src/domain/rules/check-report';
import { setAtPath, type ReportDocument } from '../src/domain/report/document';
import { importReport } from '../src/io/import-report';
import { readPublished } from '../src/io/testing/samples';
import { arbitraryReport } from '../src/testing/arbitrary-report';
import { exportXlsx } from '../src/io/xlsx/xlsx-export';
import { importXlsx } from '../src/io/xlsx/xlsx-import';

// Issue 11: each published sample (and the 2021 sample) → .xlsx → import gives the same document.

async function roundTrip(doc: ReportDocument) {
  const bytes = await exportXlsx(gov2021, doc, checkReport(gov2021, doc));
  const back = await importXlsx(gov2021, bytes);
  if (!back.ok) throw new Error(back.error);
  return back;
}

describe('.xlsx round trip', () => {
  it('the 2021 sample comes back as the same document, with no import issues', async () => {
    const back = await roundTrip(sample2021);
    expect(back.document).toEqual(sample2021);
    expect(back.issues).toEqual([]);
  });

  it.each(readPublished().map((p) => [p.name, p.text] as const))(
    '%s → .xlsx → import gives the same document',
    async (_name, text) => {
      const imported = importReport(gov2021, text);
      if (!imported.ok) throw new Error(imported.error);
      const back = await roundTrip(imported.document);
      expect(back.document).toEqual(imported.document);
      expect(back.issues).toEqual([]);
    },
  );

  it('keeps a custom title, the 成文日期, whitespace and a narrative longer than one cell holds', async () => {
    let doc = setAtPath(sample2021, 'meta.title', '平湖市科学技术局2021年政府信息公开年报');
    doc = setAtPath(doc, 'meta.publishedOn', '2022-01-20');
    doc = setAtPath(doc, 'overview.intro', '  首行缩进\n\n第二段，末尾有空格  \n');
    doc = setAtPath(doc, 'otherMatters', '未收取信息处理费。𠀀'.repeat(4000));
    const back = await roundTrip(doc);
    expect(back.document).toEqual(doc);
  });

  it('any valid report comes back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryReport, async (doc) => {
        expect((await roundTrip(doc)).document).toEqual(doc);
      }),
      { numRuns: 12 },
    );
  });
});
