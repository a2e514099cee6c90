import { describe, expect, it } from 'vitest';
import { isBlock, parseTsv, toTsv } from './parse-tsv';

describe('parseTsv', () => {
  it('reads rows and cells with CRLF and a final line break', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTsv('1\t\t3\t\n\t5')).toEqual([
      ['1', '', '3', ''],
      ['', '5'],
    ]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"a\r\nb"\t"x\ty"\t"say ""hi"""\n2')).toEqual([
      ['a\r\nb', 'x\ty', 'say "hi"'],
      ['2'],
    ]);
  });

  it('accepts LF and lone CR line endings', () => {
    expect(parseTsv('1\n2\r3')).toEqual([['1'], ['2'], ['3']]);
  });

  it('gives nothing for empty text and one cell for one value', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('1,234\r\n')).toEqual([['1,234']]);
    expect(isBlock('1,234\r\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
  });

  it('round-trips with toTsv', () => {
    const rows = [
      ['1', 'a\tb'],
      ['"q"', ''],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
