import { measureZi } from './signature-layout';

// The title of the printed report (HTML and Word copies alike), on the GB/T 9704-2012 grid.

// A 2号 (22 pt) title line holds 156 mm / 22 pt ≈ 20 字.
const TITLE_LINE_ZI = 20;
const TITLE_TAIL = '政府信息公开工作年度报告';

/**
 * Title lines. 7.3.1 (词意完整): a wrapped title keeps words whole, so line breaks typed by the
 * author are kept, and a one-line title too wide for the line is broken before 政府信息公开…
 * rather than left to the renderer (a browser wrapped …工作年/度报告).
 */
export function titleLines(title: string): string[] {
  const lines = title.split(/\s*\n\s*/).filter((l) => l !== '');
  const only = lines.length === 1 ? (lines[0] ?? '') : '';
  const cut = only.lastIndexOf(TITLE_TAIL);
  if (measureZi(only) <= TITLE_LINE_ZI || cut <= 0) return lines;
  return [only.slice(0, cut), only.slice(cut)];
}
