// The 落款 (署名 + 成文日期) of the printed report, measured on the GB/T 9704-2012 grid.
// Pure: no DOM, no clock. The HTML exporter turns the result into a class on `.signature`.

/** 5.2.3: 每行排28个字 — the 版心 is 28 字 wide. */
export const TEXT_WIDTH_ZI = 28;
/** 7.3.5.1: 成文日期 右空四字. */
export const DATE_RIGHT_INDENT_ZI = 4;
/**
 * The date printed when 成文日期 is not set: ideographic spaces as wide as the widest
 * real date (2022年12月31日 = 7 字), so it can be written in by hand.
 */
export const BLANK_DATE = '\u3000\u3000年\u3000月\u3000日';

/** How the 署名 is placed: centred over the date (7.3.5.1), or pushed right to stay in the 版心. */
export type SignatureLayout = 'centred' | 'right-aligned';

/** Width of a text in 字: a hanzi or full-width sign is 1, ASCII (digits, Latin, space) is ½. */
export function measureZi(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  return width;
}

/**
 * 'centred' when the 署名 centred over the 成文日期 stays inside the 版心, else 'right-aligned'.
 * A centred name sticks out half its surplus over the date; the date ends 4 字 before the
 * right edge, so the name fits while `org − date ≤ 2 × 4 字` (and it is one line long).
 * Anything wider would overflow, and Chromium then shrinks every page (design.md, trap 4).
 */
export function signatureLayout(org: string, dateText: string): SignatureLayout {
  const orgWidth = measureZi(org);
  const dateCentre = TEXT_WIDTH_ZI - DATE_RIGHT_INDENT_ZI - measureZi(dateText) / 2;
  const fits = dateCentre + orgWidth / 2 <= TEXT_WIDTH_ZI && orgWidth <= TEXT_WIDTH_ZI;
  return fits ? 'centred' : 'right-aligned';
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A date as printed: `2022-01-20` → `2022年1月20日` (7.3.5.4: Arabic numerals, full year,
 * no leading zeros, "1不编为01"). Null when `iso` is not a valid `YYYY-MM-DD` date.
 */
export function formatChineseDate(iso: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}年${month}月${day}日`;
}

/** 成文日期 for the 落款: the formatted date, or the blank date to fill in by hand. */
export function formatSignatureDate(iso: string | null): string {
  return formatChineseDate(iso) ?? BLANK_DATE;
}
