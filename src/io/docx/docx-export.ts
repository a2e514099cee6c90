// The Word export: the report as a .docx laid out as the printed copy (GB/T 9704-2012), with the
// same content, order, tables and 落款 as the printable HTML export (html-export.ts). Pure: the
// docx library zips in memory, so the same code runs in the browser and in the command line.
import { Document, Packer } from 'docx';
import { computeTotals, reportTitle, type ReportDocument, type TemplateDef } from '../../domain';
import { sectionBlocks, titleParagraph } from './docx-export-body';
import { LINE, TEXT_WIDTH, ZI, pageFooters, pageHeaders, pageProperties } from './docx-export-page';
import { partOverrides } from './docx-export-parts';
import { signatureBlock } from './docx-export-signature';
import { documentStyles } from './docx-export-styles';

/** Options of the Word export; the same meaning as the HTML export's options. */
export type DocxExportOptions = {
  /** Mark every page 「草稿」 (a report that is not 已定稿). */
  readonly draft?: boolean;
  /** Print 填报人 / 审核人 / 分管负责人 lines under the 落款 (default true). */
  readonly signatureLines?: boolean;
  /** A recorded approval, printed in the signature block. `date` is `YYYY-MM-DD` or free text. */
  readonly approval?: { readonly reviewer: string; readonly date: string };
};

/** The report as a Word document (.docx bytes), laid out as the printed copy (GB/T 9704-2012). */
export async function exportDocx(
  t: TemplateDef,
  doc: ReportDocument,
  options: DocxExportOptions = {},
): Promise<Uint8Array> {
  const title = reportTitle(doc);
  const totals = computeTotals(t, doc);
  const headers = pageHeaders(options.draft ?? false);
  const document = new Document({
    title: title.replace(/\s*\n\s*/g, ''),
    creator: doc.meta.agency,
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(ZI, LINE),
    sections: [
      {
        properties: pageProperties(),
        ...(headers ? { headers } : {}),
        footers: pageFooters(),
        children: [
          titleParagraph(title),
          ...sectionBlocks(t, doc, totals, TEXT_WIDTH, LINE),
          ...signatureBlock(doc, options, ZI, LINE),
        ],
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, partOverrides());
}
