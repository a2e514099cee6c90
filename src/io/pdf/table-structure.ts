import { ordinalOf } from '../text-import/labels';
import type { LabelCell, ValueRow } from './table-model';

// Which label belongs to which row of figures. A row's own label (its leaf) is the rightmost
// label cell left of the figures whose lines reach the row. A merged label to the left of several
// rows (「三、本年度办理结果」, 「（三）不予公开」) is a group: printed in the middle of its rows,
// or at the top of a page when its rows run over a page break; it is given to the first of its
// rows, as a merged cell is in HTML, so that the importer's ordinals read 三、→（三）→1.

/** Rows with their leaf label and the group labels given to them. */
export type TableStructure = {
  readonly leafOf: Map<ValueRow, LabelCell>;
  readonly groupsOf: Map<ValueRow, LabelCell[]>;
  /** Cells used as a leaf or a group (the others are headers, captions and notes). */
  readonly used: Set<LabelCell>;
};

const reaches = (c: LabelCell, r: ValueRow): boolean =>
  c.page === r.page && r.y >= c.top - 0.6 * c.size && r.y <= c.bottom + 0.6 * c.size;

function findLeaf(cells: readonly LabelCell[], row: ValueRow): LabelCell | undefined {
  if (row.values.length === 0) return undefined;
  const firstValue = row.values[0]?.x0 ?? Infinity;
  let best: LabelCell | undefined;
  for (const c of cells) {
    if (c.x1 > firstValue + 0.5 * c.size) continue;
    const own = c.anchor === row || (c.anchor === null && reaches(c, row));
    if (own && (!best || c.x0 > best.x0)) best = c;
  }
  return best;
}

/** Whether a row's leaf stands to the right of a group cell (a row the group may hold). */
const rightOf = (leaf: LabelCell | undefined, g: LabelCell): boolean =>
  leaf !== undefined && leaf.x0 >= g.x1 - 0.3 * g.size;

/** Splits a run of rows where its first ordinal level starts again at 1 (「1.」「（一）」). */
function subRuns(run: readonly ValueRow[], leafOf: Map<ValueRow, LabelCell>): ValueRow[][] {
  const token = (r: ValueRow) => ordinalOf(leafOf.get(r)?.text ?? '')?.token ?? '';
  const level = token(run[0] as ValueRow).slice(0, 2);
  const out: ValueRow[][] = [];
  for (const r of run) {
    const t = token(r);
    const restart = level !== '' && (t === `${level}1` || t === `${level}一`);
    if (restart || out.length === 0) out.push([]);
    out[out.length - 1]?.push(r);
  }
  return out;
}

/** The rows a group cell stands beside, or null when it is not a group. */
function groupRows(
  g: LabelCell,
  rows: readonly ValueRow[],
  leafOf: Map<ValueRow, LabelCell>,
): ValueRow[] | null {
  const page = rows.filter((r) => r.page === g.page);
  const held = (r: ValueRow) => rightOf(leafOf.get(r), g);
  let i = page.findIndex((r) => held(r) && reaches(g, r));
  if (i < 0) return null;
  let j = i;
  while (i > 0 && held(page[i - 1] as ValueRow)) i--;
  while (j + 1 < page.length && held(page[j + 1] as ValueRow)) j++;
  const centre = (g.top + g.bottom) / 2;
  const runs = subRuns(page.slice(i, j + 1), leafOf);
  const within = (run: ValueRow[]) =>
    (run[0]?.y ?? 0) - g.size <= centre && centre <= (run[run.length - 1]?.y ?? 0) + g.size;
  return runs.find(within) ?? runs.find((run) => run.some((r) => reaches(g, r))) ?? null;
}

/** Finds each row's leaf label and hands each group label to the first row it covers. */
export function structureTable(
  cells: readonly LabelCell[],
  rows: readonly ValueRow[],
): TableStructure {
  const leafOf = new Map<ValueRow, LabelCell>();
  for (const r of rows) {
    const leaf = findLeaf(cells, r);
    if (leaf) leafOf.set(r, leaf);
  }
  const used = new Set<LabelCell>(leafOf.values());
  const groupsOf = new Map<ValueRow, LabelCell[]>();
  for (const g of cells.filter((c) => !used.has(c))) {
    const first = groupRows(g, rows, leafOf)?.[0];
    if (!first) continue;
    groupsOf.set(
      first,
      [...(groupsOf.get(first) ?? []), g].sort((a, b) => a.x0 - b.x0),
    );
  }
  for (const gs of groupsOf.values()) gs.forEach((g) => used.add(g));
  return { leafOf, groupsOf, used };
}
