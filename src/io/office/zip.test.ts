import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openOfficePackage } from './office-package';
import { readZipEntries } from './zip-directory';
import { readZipEntry } from './zip-inflate';

describe('readZipEntry: inflating without trusting the file', () => {
  const zeros = new Uint8Array(1024 * 1024);
  const bytes = zipSync({ 'big.xml': zeros, 'small.xml': strToU8('<a>一</a>') });
  const entries = readZipEntries(bytes) ?? [];
  const big = entries.find((e) => e.name === 'big.xml');

  it('lists the central directory with the declared sizes', () => {
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['big.xml', 1024 * 1024],
      ['small.xml', 10],
    ]);
  });

  it('stops inflating once the output passes the budget (a 1 MB entry against 64 KB)', () => {
    if (!big) throw new Error('no entry');
    expect(readZipEntry(bytes, big, 64 * 1024)).toBe('tooBig');
    const whole = readZipEntry(bytes, big, 2 * 1024 * 1024);
    if (typeof whole === 'string') throw new Error(whole);
    expect(whole.length).toBe(zeros.length);
    expect(whole.every((b) => b === 0)).toBe(true);
  });

  it('does not trust a declared size that is too small (the zip-bomb trick)', () => {
    if (!big) throw new Error('no entry');
    expect(readZipEntry(bytes, { ...big, size: 10 }, 64 * 1024)).toBe('tooBig');
  });

  it('reports encrypted and damaged entries', () => {
    if (!big) throw new Error('no entry');
    expect(readZipEntry(bytes, { ...big, flags: 1 }, 1e9)).toBe('encrypted');
    expect(readZipEntry(bytes, { ...big, localOffset: 3 }, 1e9)).toBe('damaged');
    expect(readZipEntry(bytes, { ...big, compressedSize: 40 }, 1e9)).toBe('damaged');
  });

  it('reads parts by name, case-insensitively, within one budget for the whole file', () => {
    const pkg = openOfficePackage(zipSync({ 'Word/Document.xml': strToU8('<w:document/>') }));
    if (typeof pkg === 'string') throw new Error(pkg);
    expect(pkg.readText('word/document.xml')).toBe('<w:document/>');
    expect(pkg.readText('/word/styles.xml')).toBeNull();
  });

  it('gives null for bytes that are not a whole zip', () => {
    expect(readZipEntries(bytes.subarray(0, bytes.length - 30))).toBeNull();
    expect(readZipEntries(strToU8('PK\u0003\u0004 not really'))).toBeNull();
  });
});
