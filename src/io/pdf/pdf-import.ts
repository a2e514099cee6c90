import type { TemplateDef } from '../../domain/template/types';
import type { ImportResult } from '../import-result';
import { OFFICE_MESSAGES } from '../office/messages';
import { MAX_OFFICE_BYTES } from '../office/sniff';
import { importText } from '../text-import';
import { PDF_MESSAGES } from './pdf-messages';
import { pdfToText } from './pdf-text';

// Importing a report from a PDF with a text layer. Reading the PDF needs pdf.js, which differs
// between the browser (its worker, cmaps bundled with the app) and Node (its legacy build), so the
// reader is passed in; everything after it is pure: lines rebuilt from positions, then the
// tolerant text importer. Nothing is created from a refused file.

/** One piece of text: its baseline start (points from the page's top-left corner) and size. */
export type PdfTextItem = { str: string; x: number; y: number; width: number; height: number };
/** One page's size in points and its horizontal text. */
export type PdfPageText = { width: number; height: number; items: PdfTextItem[] };
/** Reads a PDF's text layer page by page (environment-specific: pdf.js worker in the browser, legacy build in Node). */
export type PdfTextSource = (
  bytes: Uint8Array,
  onPage?: (done: number, total: number) => void,
) => Promise<PdfPageText[]>;

/** Whether the bytes start like a PDF (`%PDF-` within the first kilobyte, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** The error name a source uses when pdf.js itself could not be loaded (not the file's fault). */
export const PDF_READER_UNAVAILABLE = 'PdfReaderUnavailable';

/** The message for an error thrown while opening or reading a file. */
function readError(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return PDF_MESSAGES.encrypted;
  return name === PDF_READER_UNAVAILABLE ? PDF_MESSAGES.readerUnavailable : PDF_MESSAGES.broken;
}

// Characters a report's text is made of; a text layer of anything else is an unmapped font.
const READABLE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffefA-Za-z0-9.,:;()%—-]/u;

/** Null when the pages have readable text, else the refusal. */
function checkTextLayer(pages: readonly PdfPageText[]): string | null {
  let total = 0;
  let readable = 0;
  for (const p of pages) {
    for (const it of p.items) {
      for (const ch of it.str.replace(/\s+/g, '')) {
        total++;
        if (READABLE.test(ch) || /[\u2e80-\u2fdf]/.test(ch)) readable++;
      }
    }
  }
  if (total < 20) return PDF_MESSAGES.noText;
  return readable / total < 0.5 ? PDF_MESSAGES.garbled : null;
}

/** Imports a report from a PDF with a text layer; a scan without text is refused with a message saying so. */
export async function importPdf(
  t: TemplateDef,
  bytes: Uint8Array,
  source: PdfTextSource,
): Promise<ImportResult> {
  if (bytes.length > MAX_OFFICE_BYTES)
    return { ok: false, error: OFFICE_MESSAGES.tooBig(bytes.length) };
  if (!looksLikePdf(bytes)) return { ok: false, error: PDF_MESSAGES.notPdf };
  let pages: PdfPageText[];
  try {
    pages = await source(bytes);
  } catch (e) {
    return { ok: false, error: readError(e) };
  }
  const refusal = checkTextLayer(pages);
  if (refusal) return { ok: false, error: refusal };
  return importText(t, pdfToText(t, pages));
}
