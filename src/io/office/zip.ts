import { Inflate } from 'fflate';

// Reading the zip container of .docx/.xlsx files without trusting it. The central directory is
// read here (names and sizes, nothing inflated), so a file can be recognised cheaply; entries are
// then inflated one by one in small chunks while the output is counted, and reading stops as soon
// as the total passes the budget. fflate's one-shot unzip would trust the sizes the file declares
// and, with a lying size, keep decoding gigabytes of a zip bomb.

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

/** Why an entry could not be read. */
export type ZipFailure = 'damaged' | 'tooBig' | 'encrypted';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

/** True when the bytes start like a zip (a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL;
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

function dataStart(b: Uint8Array, e: ZipEntry): number | null {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL) return null;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  return start + e.compressedSize <= b.length ? start : null;
}

// 16 KB of deflate input inflate to at most ~16 MB, so the budget is overrun by that at most.
const CHUNK = 16 * 1024;

function inflateCapped(data: Uint8Array, max: number): Uint8Array | ZipFailure {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) parts.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && total <= max; at += CHUNK)
      inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch {
    return 'damaged';
  }
  if (total > max) return 'tooBig';
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Inflates one entry, refusing to produce more than `max` bytes. */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  max: number,
): Uint8Array | ZipFailure {
  if (entry.flags & 1) return 'encrypted';
  const start = dataStart(bytes, entry);
  if (start === null) return 'damaged';
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > max ? 'tooBig' : data.slice();
  if (entry.method !== 8) return 'damaged';
  return inflateCapped(data, max);
}
