import type { CellKind } from '../template/types';
import type { CellValue } from '../report/document';
import { halfWidthDigits } from './half-width';

/** The largest count or amount a cell accepts. */
export const MAX_CELL_VALUE = 9_999_999;
/** 万元 to the 分: 0.000001 万元 = 0.01 元. */
export const MAX_AMOUNT_DECIMALS = 6;

/** Result of reading what a person typed, pasted or imported into a cell. */
export type ParsedCell = { ok: true; value: CellValue } | { ok: false; reason: string };

// Marks that mean "no figure" in published reports: a dash, a slash, 无.
const BLANK_MARKS = new Set(['', '-', '－', '—', '–', '―', '/', '／', '无', '—/—']);
const UNITS = /(万元|件|条|个|项)$/;

function toHalfWidth(raw: string): string {
  return halfWidthDigits(raw)
    .replace(/[．。]/g, '.')
    .replace(/[，、]/g, ',')
    .replace(/[－﹣−]/g, '-')
    .replace(/[\s\u00a0\u3000]+/g, '');
}

function stripThousands(s: string): string | null {
  if (!s.includes(',')) return s;
  // Thousands separators must group exactly three digits: "1,234" but not "1,5".
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : null;
}

function checkRange(n: number, kind: CellKind, text: string): ParsedCell {
  if (n < 0) return { ok: false, reason: `“${text}”是负数，请填写 0 或正数` };
  if (n > MAX_CELL_VALUE) return { ok: false, reason: `“${text}”超过上限 9,999,999` };
  if (kind === 'count' && !Number.isInteger(n)) {
    return { ok: false, reason: `“${text}”不是整数，件数只能填整数` };
  }
  return { ok: true, value: n };
}

/** Reads a cell's text: full-width digits, thousands separators, spaces and units are accepted; blank marks give null. */
export function parseCellInput(raw: string, kind: CellKind): ParsedCell {
  const shown = raw.trim();
  const s0 = toHalfWidth(raw);
  if (BLANK_MARKS.has(s0)) return { ok: true, value: null };
  const s1 = stripThousands(s0.replace(UNITS, ''));
  if (s1 === null) return { ok: false, reason: `“${shown}”中的千位分隔符位置不对` };
  if (!/^-?\d+(\.\d+)?$/.test(s1)) return { ok: false, reason: `“${shown}”不是数字` };
  const decimals = s1.split('.')[1]?.length ?? 0;
  if (kind === 'amount' && decimals > MAX_AMOUNT_DECIMALS) {
    return { ok: false, reason: `“${shown}”小数位太多，金额（万元）最多保留 6 位小数（到分）` };
  }
  return checkRange(Number(s1), kind, shown);
}

/** Checks a stored value (from JSON or memory); returns a Chinese reason, or null when valid. */
export function checkCellValue(value: unknown, kind: CellKind): string | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '不是数字';
  const r = checkRange(value, kind, String(value));
  if (!r.ok) return r.reason;
  if (kind === 'amount' && !hasAtMostDecimals(value, MAX_AMOUNT_DECIMALS)) {
    return `${value} 小数位太多，金额（万元）最多保留 6 位小数（到分）`;
  }
  return null;
}

function hasAtMostDecimals(n: number, places: number): boolean {
  const scaled = n * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Formats a cell value for display and export: blank for null, plain digits otherwise. */
export function formatCellValue(value: CellValue): string {
  return value === null ? '' : String(value);
}
