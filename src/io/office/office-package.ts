import { MAX_DECLARED_BYTES, readZipEntries, type ZipEntry } from './zip-directory';
import { readZipEntry, type ZipFailure } from './zip-inflate';

// An Office Open XML package (.docx, .xlsx): the zip's parts by name, read as text within one
// budget for the whole file, so that no part (nor many of them) can inflate past it.

/** Most bytes all parts read from one file may inflate to (a zip-bomb guard). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** An opened package: which parts it has, and reading one as UTF-8 text. */
export type OfficePackage = {
  /** Part names, lower-case (OPC part names are case-insensitive). */
  readonly names: ReadonlySet<string>;
  /** A part's text, null when the part is absent, or why it could not be read. */
  readonly readText: (name: string) => string | null | ZipFailure;
};

/** Whether a read gave a failure rather than text or nothing. */
export function isZipFailure(v: string | null | ZipFailure): v is ZipFailure {
  return v === 'damaged' || v === 'tooBig' || v === 'encrypted';
}

// A part name in a relationship target or a zip entry: no leading slash, lower-case.
const partKey = (name: string): string => name.replace(/^\/+/, '').toLowerCase();

/** XML parts are UTF-8, rarely UTF-16 with a byte-order mark. */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder().decode(data);
}

/** Opens the zip of an office file, or says why it cannot be. */
export function openOfficePackage(bytes: Uint8Array): OfficePackage | 'damaged' | 'tooBig' {
  const entries = readZipEntries(bytes);
  if (!entries) return 'damaged';
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_DECLARED_BYTES) return 'tooBig';
  const byName = new Map<string, ZipEntry>(entries.map((e) => [partKey(e.name), e]));
  let budget = MAX_UNZIPPED_BYTES;
  const readText = (name: string): string | null | ZipFailure => {
    const entry = byName.get(partKey(name));
    if (!entry) return null;
    const data = readZipEntry(bytes, entry, budget);
    if (typeof data === 'string') return data;
    budget -= data.length;
    return decodeXml(data);
  };
  return { names: new Set(byName.keys()), readText };
}
