import { byReadingOrder, type Segment } from './layout';
import type { LabelCell, ValueRow } from './table-model';
import type { TableStructure } from './table-structure';

// Figures go into the columns of their table, so that a blank cell stays a blank cell (the
// importer reads figures by position). The columns of a block of rows are the lowest header cells
// above it (「自然人」「商业企业」… ; 「结果维持」… ×3 in table 4), found as header cells with no
// other header cell under them; spanning headers (「申请人情况」「行政诉讼」) always have one. A table
// without headers takes its columns from where its figures stand.

const centre = (s: { x0: number; x1: number }): number => (s.x0 + s.x1) / 2;

const overlaps = (a: LabelCell, b: LabelCell): boolean =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

/** The centres of the lowest header cells of a block: one per column. */
function leafHeaders(headers: readonly LabelCell[]): number[] {
  const lowest = headers.filter(
    (h) => !headers.some((o) => o !== h && o.page === h.page && o.top > h.bottom && overlaps(o, h)),
  );
  return merge(lowest.map(centre), Math.min(...lowest.map((h) => h.size)));
}

/** Sorted positions, those closer than `tolerance` merged into their mean. */
function merge(xs: readonly number[], tolerance: number): number[] {
  const out: { sum: number; n: number }[] = [];
  for (const x of [...xs].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && x - last.sum / last.n <= tolerance) {
      last.sum += x;
      last.n++;
    } else out.push({ sum: x, n: 1 });
  }
  return out.map((c) => c.sum / c.n);
}

/** Each row's columns, from the header block above it (or the one before that). */
export function columnsOfRows(
  cells: readonly LabelCell[],
  rows: readonly ValueRow[],
  s: TableStructure,
): Map<ValueRow, number[]> {
  const leafRight = Math.max(-Infinity, ...[...s.leafOf.values()].map((c) => c.x1));
  const headers = cells.filter((c) => !s.used.has(c) && c.x0 >= leafRight - 0.3 * c.size);
  const figures = rows.flatMap((r) => r.values);
  const fallback = merge(figures.map(centre), Math.min(...figures.map((f) => f.size)));
  const events = [
    ...headers.map((h) => ({ page: h.page, y: h.top, header: h })),
    ...rows.map((r) => ({ page: r.page, y: r.y, row: r })),
  ].sort(byReadingOrder);
  const out = new Map<ValueRow, number[]>();
  let pending: LabelCell[] = [];
  let grid: number[] | null = null;
  for (const e of events) {
    if ('header' in e) pending.push(e.header);
    else {
      if (pending.length > 0) grid = leafHeaders(pending);
      pending = [];
      out.set(e.row, grid && grid.length > 0 ? grid : fallback);
    }
  }
  return out;
}

/** The row's figures laid into its columns ('' for a blank cell), or just in order when unsure. */
export function placeFigures(values: readonly Segment[], columns: readonly number[]): string[] {
  const gaps = columns.slice(1).map((c, i) => c - (columns[i] ?? 0));
  const pitch = gaps.length > 0 ? Math.min(...gaps) : Infinity;
  const cells = columns.map(() => '');
  for (const v of values) {
    const c = centre(v);
    let best = -1;
    columns.forEach((x, i) => {
      if (best < 0 || Math.abs(x - c) < Math.abs((columns[best] ?? 0) - c)) best = i;
    });
    const far = best < 0 || Math.abs((columns[best] ?? 0) - c) > Math.max(0.75 * pitch, v.size);
    if (far || cells[best] !== '') return values.map((x) => x.text);
    cells[best] = v.text;
  }
  return cells;
}
