import { describe, expect, it } from 'vitest';
import { gov2021 } from '../src/domain/template/gov-2021';
import { sample2021 } from '../src/domain/samples/sample-2021';
import { checkReport } from '../src/domain/rules/check-report';
import { importReport } from '../src/io/import-report';
import { readPublished } from '../src/io/testing/samples';
import { exportXlsx } from '../src/io/xlsx/xlsx-export';
import { importXlsx } from '../src/io/xlsx/xlsx-import';
import type { ReportDocument } from '../src/domain/report/document';

// Issue 11: each published sample (and the 2021 sample) → .xlsx → import gives the same document.

async function roundTrip(doc: ReportDocument) {
  const bytes = await exportXlsx(gov2021, doc, checkReport(gov2021, doc));
  return importXlsx(gov2021, bytes);
}

describe('.xlsx round trip', () => {
  it('the 2021 sample comes back as the same document, with no import issues', async () => {
    const back = await roundTrip(sample2021);
    if (!back.ok) throw new Error(back.error);
    expect(back.document).toEqual(sample2021);
    expect(back.issues).toEqual([]);
  });

  it.each(readPublished().map((p) => [p.name, p.text] as const))(
    '%s → .xlsx → import gives the same document',
    async (_name, text) => {
      const imported = importReport(gov2021, text);
      if (!imported.ok) throw new Error(imported.error);
      const back = await roundTrip(imported.document);
      if (!back.ok) throw new Error(back.error);
      expect(back.document).toEqual(imported.document);
      expect(back.issues).toEqual([]);
    },
  );
});
