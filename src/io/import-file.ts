import type { TemplateDef } from '../domain/template/types';
import { decodeReportBytes } from './decode-text';
import type { ImportResult } from './import-result';
import { importReport, type SourceFormat } from './import-report';
import { MAX_IMPORT_CHARS } from './limits';
import { sniffFile } from './office/sniff';
import type { PdfTextSource } from './pdf/pdf-import';

// One entry point for a file of any format, recognised from its bytes (users rename files, and
// offices save Word files as .doc, .wps or nothing at all). The Word, PDF and Excel readers are
// loaded only when such a file comes: they are large, and most imports are text.

/** Every format a report file can be imported from. */
export type FileFormat = SourceFormat | 'docx' | 'pdf' | 'xlsx';

/** A file to import: its name (for messages only; the format comes from the bytes) and bytes. */
export type ImportFileInput = { readonly name: string; readonly bytes: Uint8Array };

/** What differs between the browser and Node: how a PDF's text layer is read. */
export type ImportFileEnv = { readonly pdf: PdfTextSource };

/** The outcome of importing one file, with the format it was read as. */
export type FileImportResult = ImportResult & { readonly format?: FileFormat };

// A character takes at most 4 bytes in UTF-8: a larger text file cannot be under the limit.
const MAX_TEXT_BYTES = MAX_IMPORT_CHARS * 4;

const tooBigText = (bytes: number): string =>
  `文件太大（约 ${(bytes / 1024 / 1024).toFixed(1)} MB），文本格式的年度报告不会超过 5 MB，未导入任何内容。请确认选择的是年度报告文件。`;

/** Imports a report from a file of any supported format, recognised from its bytes. */
export async function importFile(
  t: TemplateDef,
  file: ImportFileInput,
  env: ImportFileEnv,
): Promise<FileImportResult> {
  const sniffed = sniffFile(file.bytes, file.name);
  if (!sniffed.ok) return { ok: false, error: sniffed.error };
  switch (sniffed.format) {
    case 'docx': {
      const { importDocx } = await import('./docx/docx-import');
      return { ...(await importDocx(t, file.bytes)), format: 'docx' };
    }
    case 'xlsx': {
      const { importXlsx } = await import('./xlsx/xlsx-import');
      return { ...(await importXlsx(t, file.bytes)), format: 'xlsx' };
    }
    case 'pdf': {
      const { importPdf } = await import('./pdf/pdf-import');
      return { ...(await importPdf(t, file.bytes, env.pdf)), format: 'pdf' };
    }
    case 'text':
      if (file.bytes.length > MAX_TEXT_BYTES)
        return { ok: false, error: tooBigText(file.bytes.length) };
      return importReport(t, decodeReportBytes(file.bytes));
  }
}
