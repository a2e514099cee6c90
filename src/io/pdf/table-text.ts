import { byReadingOrder, type VisualLine } from './layout';
import { columnsOfRows, placeFigures } from './table-columns';
import { readTable, type LabelCell, type ValueRow } from './table-model';
import { structureTable } from './table-structure';

// A table section as the tab-separated lines the text importer reads (the HTML importer's
// layout): each row of figures is one line — its group labels, its own label, then one cell per
// column — and every other cell (captions, headers, notes) stands on the line where it starts.
// A header block repeated at the top of a later page (Word and browsers repeat table headers)
// is dropped.

type Out = { page: number; y: number; x0: number; text: string };

function headerLines(cells: readonly LabelCell[]): Out[] {
  const byStart = new Map<string, LabelCell[]>();
  for (const c of cells) {
    const key = `${c.page}:${c.top}`;
    byStart.set(key, [...(byStart.get(key) ?? []), c]);
  }
  return [...byStart.values()].map((line) => {
    const sorted = [...line].sort((a, b) => a.x0 - b.x0);
    const first = sorted[0] as LabelCell;
    return {
      page: first.page,
      y: first.top,
      x0: first.x0,
      text: sorted.map((c) => c.text).join('\t'),
    };
  });
}

/** Cells other than labels of rows, without header blocks that repeat at a page's top. */
function otherCells(cells: readonly LabelCell[], rows: readonly ValueRow[], used: Set<LabelCell>) {
  const firstRowY = new Map<number, number>();
  for (const r of rows) if (!firstRowY.has(r.page)) firstRowY.set(r.page, r.y);
  const seen = new Set<string>();
  const kept: LabelCell[] = [];
  for (const c of [...cells].sort((a, b) =>
    byReadingOrder({ ...a, y: a.top }, { ...b, y: b.top }),
  )) {
    if (used.has(c)) continue;
    const atTop = c.top < (firstRowY.get(c.page) ?? Infinity);
    const key = c.text.replace(/\s+/g, '');
    if (atTop && seen.has(key) && c.page > (cells[0]?.page ?? 0)) continue;
    seen.add(key);
    kept.push(c);
  }
  return kept;
}

/** The text lines of one table section. */
export function tableText(lines: readonly VisualLine[]): string[] {
  const { cells, rows } = readTable(lines);
  const structure = structureTable(cells, rows);
  const columns = columnsOfRows(cells, rows, structure);
  const out: Out[] = rows.map((r) => {
    const groups = (structure.groupsOf.get(r) ?? []).map((g) => g.text);
    const leaf = structure.leafOf.get(r);
    const figures = placeFigures(r.values, columns.get(r) ?? []);
    const text = [...groups, ...(leaf ? [leaf.text] : []), ...figures].join('\t');
    return { page: r.page, y: r.y, x0: 0, text };
  });
  out.push(...headerLines(otherCells(cells, rows, structure.used)));
  return out.sort(byReadingOrder).map((o) => o.text);
}
