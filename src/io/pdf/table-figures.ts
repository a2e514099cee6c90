import type { Segment } from './layout';
import type { ValueRow } from './table-model';

// Figures in table cells: pdf.js may give several figures as one item ("12 0 5"), and a figure
// too wide for a narrow column wraps onto a second line.

const NUMBER = String.raw`[\d０-９][\d０-９.,，]*`;
const NUMBER_RUN = new RegExp(`^${NUMBER}(?:\\s+${NUMBER})+$`);

/** Splits "12 0 5" (figures pdf.js joined into one item) into one segment per figure. */
export function splitFigures(s: Segment): Segment[] {
  if (!NUMBER_RUN.test(s.text)) return [s];
  const perChar = (s.x1 - s.x0) / s.text.length;
  const out: Segment[] = [];
  for (const m of s.text.matchAll(/\S+/g)) {
    const x0 = s.x0 + perChar * m.index;
    out.push({ ...s, text: m[0], x0, x1: x0 + perChar * m[0].length });
  }
  return out;
}

const FIGURE = /^[\d０-９.,，]+$/;

/**
 * Joins a line of bare figures to the row just above when each of them sits under a figure of
 * that row: a figure too wide for its column wraps (「51764」/「5」), and Word does that too.
 */
export function continuesFigures(above: ValueRow | undefined, row: ValueRow): boolean {
  if (!above || !row.bare || above.page !== row.page) return false;
  if (row.y - above.y > 1.55 * row.size) return false;
  const under = row.values.map((v) =>
    above.values.findIndex((a) => Math.min(a.x1, v.x1) - Math.max(a.x0, v.x0) > 0),
  );
  const fits = row.values.every(
    (v, i) => FIGURE.test(v.text) && (under[i] ?? -1) >= 0 && under.indexOf(under[i] ?? -1) === i,
  );
  if (!fits) return false;
  row.values.forEach((v, i) => {
    const k = under[i] ?? -1;
    const a = above.values[k];
    if (a)
      above.values[k] = {
        ...a,
        text: a.text + v.text,
        x0: Math.min(a.x0, v.x0),
        x1: Math.max(a.x1, v.x1),
      };
  });
  return true;
}
