import type { ReportDocument, TemplateDef } from '@/domain';
import {
  buildFileName,
  checkForExport,
  printOptions,
  type ExportContext,
  type OfficeFormat,
} from './export-options';

// The Word and Excel files of the 导出 menu. This module and the docx / exceljs libraries behind
// it are loaded only when one of them is chosen: together they outweigh the rest of the app.

/** A binary file ready to be downloaded. */
export type BinaryExportFile = {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
};

const MIME_TYPES: Readonly<Record<OfficeFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function buildBytes(
  t: TemplateDef,
  doc: ReportDocument,
  format: OfficeFormat,
  ctx: ExportContext,
): Promise<Uint8Array> {
  if (format === 'docx') {
    const { exportDocx } = await import('@/io/docx/docx-export');
    return exportDocx(t, doc, printOptions(ctx));
  }
  const { exportXlsx } = await import('@/io/xlsx/xlsx-export');
  return exportXlsx(t, doc, checkForExport(t, doc, ctx));
}

/** The Word (.docx, laid out as the print copy) or Excel (.xlsx, tables and problems) file. */
export async function buildOfficeFile(
  t: TemplateDef,
  doc: ReportDocument,
  format: OfficeFormat,
  ctx: ExportContext = {},
): Promise<BinaryExportFile> {
  return {
    name: buildFileName(doc, format),
    mime: MIME_TYPES[format],
    bytes: await buildBytes(t, doc, format, ctx),
  };
}
