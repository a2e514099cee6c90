import type { TemplateDef } from '@/domain';
import { importFile, type FileImportResult } from '@/io/import-file';
import type { PdfTextSource } from '@/io/pdf/pdf-import';

// PDF pages are read by pdf.js in its own worker; its code and the CJK character maps are
// fetched only when the first PDF comes.
const browserPdf: PdfTextSource = async (bytes, onPage) => {
  const { browserPdfSource } = await import('./pdfjs-browser');
  return browserPdfSource(bytes, onPage);
};

/** Imports a report from a file the user picked or dropped, whatever its format. */
export async function importReportFile(t: TemplateDef, file: File): Promise<FileImportResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: `无法读取文件“${file.name}”，未导入任何内容。` };
  }
  return importFile(t, { name: file.name, bytes }, { pdf: browserPdf });
}
