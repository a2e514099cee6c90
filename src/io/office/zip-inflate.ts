import { Inflate } from 'fflate';
import { LOCAL_HEADER, u16, u32, type ZipEntry } from './zip-directory';

// Reading the zip container without trusting it, part 2: an entry is inflated in small chunks
// while the output is counted, and reading stops as soon as it passes the budget. fflate's
// one-shot unzip would trust the size the file declares and, with a lying size, keep decoding
// the gigabytes of a zip bomb.

/** Why an entry could not be read. */
export type ZipFailure = 'damaged' | 'tooBig' | 'encrypted';

function dataStart(b: Uint8Array, e: ZipEntry): number | null {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL_HEADER) return null;
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
