import { isCompoundFile, listCompoundEntries } from './cfb';
import { MAX_OFFICE_MB, OFFICE_MESSAGES as M, officeKindOf } from './messages';
import { MAX_DECLARED_BYTES, isZip, readZipEntries } from './zip-directory';

// What a file is, from its bytes: users rename files, save Word files as .doc or .wps, and send
// zips, images and encrypted files under any name. The name only shapes the wording of a refusal.
// No decompressor is loaded here (only the zip's directory is read): this runs for every import,
// text ones included, and stays out of the Word/Excel/PDF chunks.

/** The formats a report file is read in. */
export type SniffedFormat = 'docx' | 'xlsx' | 'pdf' | 'text';

/** The outcome of sniffing: a format to read, or a refusal in Chinese. */
export type SniffResult = { ok: true; format: SniffedFormat } | { ok: false; error: string };

/** Largest office file read (Word, Excel, PDF): 20 MB. */
export const MAX_OFFICE_BYTES = MAX_OFFICE_MB * 1024 * 1024;

const refuse = (error: string): SniffResult => ({ ok: false, error });

// A PDF's header may follow up to 1 KB of junk (some generators and mail gateways add it).
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** A zip: Word or Excel by its main part, else the kind of zip it is. */
function sniffZip(bytes: Uint8Array, fileName: string | undefined): SniffResult {
  const entries = readZipEntries(bytes);
  if (!entries) return refuse(M.damaged(officeKindOf(fileName)));
  if (entries.reduce((sum, e) => sum + e.size, 0) > MAX_DECLARED_BYTES) return refuse(M.zipBomb);
  const names = new Set(entries.map((e) => e.name.replace(/^\/+/, '').toLowerCase()));
  const has = (prefix: string) => [...names].some((n) => n.startsWith(prefix));
  if (names.has('word/document.xml')) return { ok: true, format: 'docx' };
  if (names.has('xl/workbook.xml')) return { ok: true, format: 'xlsx' };
  // Other generators name the main part differently; [Content_Types].xml says it is a package.
  if (names.has('[content_types].xml') && has('word/')) return { ok: true, format: 'docx' };
  if (names.has('[content_types].xml') && has('xl/')) return { ok: true, format: 'xlsx' };
  if (has('ppt/')) return refuse(M.powerPoint);
  if (names.has('mimetype') && names.has('content.xml')) return refuse(M.openDocument);
  if (names.has('ofd.xml')) return refuse(M.ofd);
  return refuse(M.plainZip);
}

/** A compound file: an encrypted package, or a legacy .doc/.xls. */
function sniffCompound(bytes: Uint8Array, fileName: string | undefined): SniffResult {
  const names = listCompoundEntries(bytes);
  if (!names) return refuse(M.damaged(officeKindOf(fileName)));
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage'))
    return refuse(M.encrypted(officeKindOf(fileName)));
  if (names.includes('WordDocument')) return refuse(M.legacyWord);
  if (names.includes('Workbook') || names.includes('Book')) return refuse(M.legacyExcel);
  return refuse(M.legacyOffice);
}

// Magic numbers of files that are surely not reports: images, archives, executables. (Two-letter
// magics such as BMP's "BM" could start a text; those files have NUL bytes, caught below.)
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/**
 * Binary rather than text: a known magic number, or NUL and other control bytes in the first
 * 8 KB. GBK text has no control bytes, so it passes; UTF-16 with a byte-order mark is text.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((m) => m.every((v, i) => bytes[i] === v))) return true;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return false;
  const head = bytes.subarray(0, 8192);
  let odd = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) odd++;
  }
  return head.length > 0 && odd / head.length > 0.02;
}

/** Word's other text-like formats, which the text importer would read as gibberish. */
function wordTextFormat(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF|^ï»¿/, '');
  if (head.startsWith('{\\rtf')) return M.rtf;
  if (/^MIME-Version:/im.test(head) && /multipart\/related/i.test(head)) return M.mht;
  if (/<\?mso-application\s+progid="Word\.Document"|<w:wordDocument[\s>]/.test(head))
    return M.wordXml;
  return null;
}

/** What a file's bytes are: an office format, or text; or a Chinese refusal (renamed zip, encrypted/password-protected office file, legacy .doc/.xls, other binary). */
export function sniffFile(
  bytes: Uint8Array,
  fileName?: string,
): { ok: true; format: SniffedFormat } | { ok: false; error: string } {
  const office = isPdf(bytes) || isZip(bytes) || isCompoundFile(bytes);
  // Text has its own, smaller limit, checked by the text importer with its own wording.
  if (office && bytes.length > MAX_OFFICE_BYTES) return refuse(M.tooBig(bytes.length));
  if (isZip(bytes)) return sniffZip(bytes, fileName);
  if (isCompoundFile(bytes)) return sniffCompound(bytes, fileName);
  if (isPdf(bytes)) return { ok: true, format: 'pdf' };
  if (looksBinary(bytes)) return refuse(M.binary);
  const other = wordTextFormat(bytes);
  return other ? refuse(other) : { ok: true, format: 'text' };
}
