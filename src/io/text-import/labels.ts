import { parseCellInput } from '../../domain/values/normalize';

// Lenient label matching. Real reports print the template's labels with ASCII or full-width
// brackets, stray spaces, straight or curly quotes and the odd typo, so rows are identified by
// their ordinals (一、 （一） 1.) and labels are compared after normalisation.

/** A label without spaces and quotes, with full-width forms folded to ASCII (NFKC). */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKC').replace(/[\s"'“”‘’「」『』]/g, '');
}

/** The ordinal a label starts with, as a token (`A:三` for 三、, `B:一` for （一）, `C:1` for 1.). */
export type Ordinal = { readonly token: string; readonly rest: string };

const CHINESE_NUMERALS = '[一二三四五六七八九十]+';
const PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['A', new RegExp(`^(${CHINESE_NUMERALS})[、.,]`)],
  ['B', new RegExp(`^\\((${CHINESE_NUMERALS})\\)`)],
  ['C', /^(\d{1,2})[.、](?!\d)/],
];

/** Reads the ordinal at the start of a label, or null when there is none. */
export function ordinalOf(label: string): Ordinal | null {
  const s = normalizeLabel(label);
  for (const [level, re] of PATTERNS) {
    const m = re.exec(s);
    if (m?.[1]) return { token: `${level}:${m[1]}`, rest: s.slice(m[0].length) };
  }
  return null;
}

const CJK = /[\u3400-\u9fff]/;

/** A label cell holds words; a value cell holds a number, a blank mark, or unreadable junk. */
export function isLabelCell(cell: string): boolean {
  return cell !== '' && CJK.test(cell) && !parseCellInput(cell, 'amount').ok;
}

/** Index of the last label cell of a line (-1 when the line has none). */
export function lastLabelIndex(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (isLabelCell(cells[i] ?? '')) return i;
  return -1;
}

/** Drops trailing, then leading, empty cells while more than `count` remain (spacer cells). */
export function trimCells(cells: readonly string[], count: number): string[] {
  const out = [...cells];
  while (out.length > count && out[out.length - 1] === '') out.pop();
  while (out.length > count && out[0] === '') out.shift();
  return out;
}

/** The value cells of a row: the cells after the last label cell, trimmed to `count`. */
export function valueCells(cells: readonly string[], count: number): string[] {
  return trimCells(cells.slice(lastLabelIndex(cells) + 1), count);
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice similarity of two strings' character bigrams (0 … 1). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length + y.length === 0) return a === b ? 1 : 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}
