// Reading the zip container of .docx/.xlsx files without trusting it, part 1: the central
// directory (names and sizes, nothing inflated), so a file can be recognised cheaply and without
// loading a decompressor. zip-inflate.ts reads the entries.

/** An entry of the zip's central directory. */
export type ZipEntry = {
  /** The entry's name as stored (OPC part names are compared case-insensitively). */
  readonly name: string;
  readonly flags: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Uncompressed size as declared (a hostile file may lie; inflating never trusts it). */
  readonly size: number;
  readonly localOffset: number;
};

/** Most bytes all entries of one file may declare (real reports declare well under 50 MB). */
export const MAX_DECLARED_BYTES = 400 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
/** Signature of a local file header (also how a zip starts). */
export const LOCAL_HEADER = 0x04034b50;
const MAX_ENTRIES = 20_000;

/** Little-endian 16-bit number at `at`. */
export const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
/** Little-endian 32-bit number at `at`. */
export const u32 = (b: Uint8Array, at: number): number =>
  (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

/** True when the bytes start like a zip (a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_HEADER;
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === EOCD) return at;
  return -1;
}

type Directory = { readonly count: number; readonly offset: number };

function directoryOf(b: Uint8Array, eocd: number): Directory | null {
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(b, locator) === ZIP64_LOCATOR) {
    const at = u64(b, locator + 8);
    if (at + 56 > b.length || u32(b, at) !== ZIP64_EOCD) return null;
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  return count <= MAX_ENTRIES && offset < b.length ? { count, offset } : null;
}

/** Sizes and offset from the zip64 extra field, for the fields stored as 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, extra: number, end: number, e: ZipEntry): ZipEntry {
  for (let at = extra; at + 4 <= end; at += 4 + u16(b, at + 2)) {
    if (u16(b, at) !== 0x0001) continue;
    let p = at + 4;
    const next = (v: number): number => {
      if (v !== 0xffffffff) return v;
      p += 8;
      return u64(b, p - 8);
    };
    const size = next(e.size);
    const compressedSize = next(e.compressedSize);
    return { ...e, size, compressedSize, localOffset: next(e.localOffset) };
  }
  return e;
}

function readEntry(b: Uint8Array, at: number): { entry: ZipEntry; next: number } | null {
  if (at + 46 > b.length || u32(b, at) !== CENTRAL) return null;
  const nameLength = u16(b, at + 28);
  const extraLength = u16(b, at + 30);
  const nameEnd = at + 46 + nameLength;
  const next = nameEnd + extraLength + u16(b, at + 32);
  if (next > b.length) return null;
  const plain: ZipEntry = {
    name: new TextDecoder().decode(b.subarray(at + 46, nameEnd)),
    flags: u16(b, at + 8),
    method: u16(b, at + 10),
    compressedSize: u32(b, at + 20),
    size: u32(b, at + 24),
    localOffset: u32(b, at + 42),
  };
  return { entry: zip64Sizes(b, nameEnd, nameEnd + extraLength, plain), next };
}

/** The central directory of a zip, or null when it is damaged or truncated. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const eocd = findEocd(bytes);
  const dir = eocd < 0 ? null : directoryOf(bytes, eocd);
  if (!dir) return null;
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    const read = readEntry(bytes, at);
    if (!read) return null;
    entries.push(read.entry);
    at = read.next;
  }
  return entries;
}
