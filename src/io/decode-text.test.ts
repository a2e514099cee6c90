import { describe, expect, it } from 'vitest';
import { decodeReportBytes } from './decode-text';

// 政府信息公开工作年度报告 in GBK (= GB18030 for these characters), as many government pages
// and older Windows text files are encoded.
const GBK = [
  0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7,
  0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6,
];
const TEXT = '政府信息公开工作年度报告';

describe('decodeReportBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeReportBytes(utf8)).toBe(TEXT);
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT);
  });

  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeReportBytes(new Uint8Array(GBK))).toBe(TEXT);
  });

  it('keeps UTF-8 when only a stray byte is bad', () => {
    const utf8 = new TextEncoder().encode(TEXT.repeat(50));
    const bytes = new Uint8Array([...utf8, 0xff]);
    expect(decodeReportBytes(bytes)).toBe(`${TEXT.repeat(50)}\uFFFD`);
  });

  it('follows a web page that declares a GB charset', () => {
    const meta = new TextEncoder().encode(
      '<html><head><meta charset="gb2312"></head><body>'.padEnd(3000),
    );
    expect(decodeReportBytes(new Uint8Array([...meta, ...GBK]))).toContain(TEXT);
    const http = new TextEncoder().encode(
      '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'.padEnd(3000),
    );
    expect(decodeReportBytes(new Uint8Array([...http, ...GBK]))).toContain(TEXT);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = [
      0xff,
      0xfe,
      ...[...TEXT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ];
    expect(decodeReportBytes(new Uint8Array(le))).toBe(TEXT);
  });

  it('leaves binary files as UTF-8, for the importer to refuse', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeReportBytes(png)).toContain('\u0000');
    expect(decodeReportBytes(png).startsWith('\uFFFDPNG')).toBe(true);
  });
});
