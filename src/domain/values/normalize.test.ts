import { describe, expect, it } from 'vitest';
import { checkCellValue, parseCellInput } from './normalize';

describe('parseCellInput', () => {
  it.each([
    ['12', 12],
    ['１２', 12],
    ['1,234', 1234],
    ['1，234', 1234],
    [' 7 ', 7],
    ['\u00a08\u3000', 8],
    ['5件', 5],
    ['120 条', 120],
    ['9,999,999', 9_999_999],
    ['0', 0],
  ])('reads the count %j as %d', (raw, value) => {
    expect(parseCellInput(raw, 'count')).toEqual({ ok: true, value });
  });

  it.each(['', '  ', '-', '—', '/', '无', '－'])(
    'reads the blank mark %j as blank (null), not 0',
    (raw) => {
      expect(parseCellInput(raw, 'count')).toEqual({ ok: true, value: null });
    },
  );

  it.each([
    ['abc', '不是数字'],
    ['-3', '负数'],
    ['1.5', '整数'],
    ['10000000', '9,999,999'],
    ['1,5', '千位分隔符'],
    ['12a', '不是数字'],
  ])('refuses the count %j with a reason that says why (%s)', (raw, why) => {
    const r = parseCellInput(raw, 'count');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain(why);
      expect(r.reason).toContain(raw.trim());
    }
  });

  it('reads 万元 amounts to the 分 (6 decimals) and refuses more', () => {
    expect(parseCellInput('7730.28', 'amount')).toEqual({ ok: true, value: 7730.28 });
    expect(parseCellInput('5949.088667', 'amount')).toEqual({ ok: true, value: 5949.088667 });
    expect(parseCellInput('４０６８．２０８万元', 'amount')).toEqual({ ok: true, value: 4068.208 });
    const r = parseCellInput('1.0000001', 'amount');
    expect(r.ok).toBe(false);
  });
});

describe('checkCellValue', () => {
  it('accepts blank, integers and amounts; refuses what a cell cannot hold', () => {
    expect(checkCellValue(null, 'count')).toBeNull();
    expect(checkCellValue(3, 'count')).toBeNull();
    expect(checkCellValue(4068.208, 'amount')).toBeNull();
    expect(checkCellValue(1.5, 'count')).toContain('整数');
    expect(checkCellValue(-1, 'amount')).toContain('负数');
    expect(checkCellValue('3', 'count')).toContain('不是数字');
    expect(checkCellValue(Number.NaN, 'count')).toContain('不是数字');
    expect(checkCellValue(0.1234567, 'amount')).toContain('6 位小数');
  });
});
