import type { TemplateDef } from '../../domain/template/types';
import { isLabelCell, normalizeLabel } from '../text-import/labels';
import type { Line } from '../text-import/lines';
import { flatText, gridLines, type Grid } from './sheet-grid';

// Finding the tables on a sheet by their labels, wherever they sit: a 主管部门's template puts
// table 3 anywhere, with numbering columns, notes or other tables around it. Each finder hands
// the text importer's table readers the lines they expect, so the row matching (ordinals, label
// variants, the older single-row （六）) is the text importer's, not a second copy.

type Rows = readonly (readonly string[])[];

const same = (cell: string | undefined, label: string): boolean =>
  cell !== undefined && cell !== '' && normalizeLabel(cell) === normalizeLabel(label);

/** Column of `label` in rows `from`…`to`, right of `after`; the leftmost such column. */
function findColumn(rows: Rows, from: number, to: number, after: number, label: string): number {
  let best = -1;
  for (let r = Math.max(0, from); r <= to && r < rows.length; r++) {
    const cells = rows[r] ?? [];
    for (let c = after + 1; c < cells.length; c++) {
      if (same(cells[c], label) && (best < 0 || c < best)) best = c;
    }
  }
  return best;
}

type Table3Columns = { readonly headerRow: number; readonly columns: readonly number[] };

/** Columns of `labels` in the rows around `r`, each right of the one before (stops at a miss). */
function followingColumns(
  rows: Rows,
  r: number,
  start: number,
  labels: readonly string[],
): number[] {
  const out: number[] = [];
  let last = start;
  for (const label of labels) {
    last = findColumn(rows, r - 2, r + 2, last, label);
    if (last < 0) break;
    out.push(last);
  }
  return out;
}

/** The header row and value columns of table 3 (自然人 … 其他, and 总计 when printed). */
function table3Columns(t: TemplateDef, rows: Rows): Table3Columns | null {
  const [first, ...rest] = t.table3.columns;
  if (!first) return null;
  for (const [r, cells] of rows.entries()) {
    const start = cells.findIndex((c) => same(c, first.label));
    if (start < 0) continue;
    const columns = [
      start,
      ...followingColumns(
        rows,
        r,
        start,
        rest.map((c) => c.label),
      ),
    ];
    if (columns.length < t.table3.columns.length) continue;
    const total = followingColumns(rows, r, columns.at(-1) ?? start, [t.table3.total.label]);
    return { headerRow: r, columns: [...columns, ...total] };
  }
  return null;
}

/**
 * The lines of table 3 on a sheet. With its column header found, each row becomes its label
 * cells then its figures in template order (other columns dropped); without it, the row as is.
 */
export function table3Lines(t: TemplateDef, grid: Grid): Line[] {
  const found = table3Columns(t, grid.rows);
  if (!found) return gridLines(grid.rows);
  const first = found.columns[0] ?? 0;
  const rows = grid.rows
    .slice(found.headerRow)
    .map((cells) => [
      ...cells.slice(0, first).map(flatText).filter(isLabelCell),
      ...found.columns.map((c) => cells[c] ?? ''),
    ]);
  return gridLines(rows);
}

/** The lines of table 4: from its 行政复议 header down, cut to the columns under it. */
export function table4Lines(t: TemplateDef, grid: Grid): Line[] | null {
  const { groups, outcomes } = t.table4;
  const first = groups[0]?.label ?? '';
  const parent = groups.find((g) => g.parent)?.parent;
  const width = groups.length * (outcomes.length + 1);
  for (const [r, cells] of grid.rows.entries()) {
    const c = cells.findIndex((cell) => same(cell, first));
    if (c < 0 || (parent !== undefined && !cells.some((cell) => same(cell, parent)))) continue;
    return gridLines(grid.rows.slice(r).map((row) => row.slice(c, c + width)));
  }
  return null;
}

function table2Labels(t: TemplateDef): string[] {
  return t.table2.blocks.flatMap((b) => b.rows.flatMap((r) => [r.label, ...(r.aliases ?? [])]));
}

/** The lines of table 2 (each row from its first label cell on), or null when it is not there. */
export function table2Lines(t: TemplateDef, grid: Grid): Line[] | null {
  const labels = table2Labels(t);
  const hasRow = grid.rows.some((cells) => cells.some((c) => labels.some((l) => same(c, l))));
  if (!hasRow) return null;
  const rows = grid.rows.map((cells) => {
    const start = cells.findIndex((c) => isLabelCell(flatText(c)));
    return start < 0 ? cells : cells.slice(start);
  });
  return gridLines(rows);
}
