import type { TemplateDef } from '../../domain/template/types';
import { listTable3Rows, type FlatTable3Row } from '../../domain/template/cells';
import { lastLabelIndex, ordinalOf, valueCells } from './labels';
import { splitCells, type Line } from './lines';
import { getCell, setAtPath } from '../../domain/report/document';
import { noteLayout, notePrinted, writeCell, type ImportState } from './state';

// Table 3 rows are identified by the ordinals of their label cells (三、 → （三） → 1.), carried
// from line to line because merged label cells print only once. Leaf rows match by group and
// ordinal alone, so a typo in the printed label ("2.其他法律行政止公开") still finds its row.

type Target =
  | { readonly kind: 'row'; readonly row: FlatTable3Row }
  // A group printed as one row (the older （六）其他处理): figures go to its last leaf, 3.其他.
  | { readonly kind: 'collapsed'; readonly label: string; readonly leaves: FlatTable3Row[] };

const tokensOf = (labels: readonly string[]): string =>
  labels.map((l) => ordinalOf(l)?.token ?? l).join('|');

function buildIndex(t: TemplateDef): Map<string, Target> {
  const index = new Map<string, Target>();
  for (const row of listTable3Rows(t)) {
    index.set(tokensOf([...row.groups, row.label]), { kind: 'row', row });
    if (row.groups.length < 2) continue;
    const key = tokensOf(row.groups);
    const group = index.get(key);
    if (group?.kind === 'collapsed') group.leaves.push(row);
    else index.set(key, { kind: 'collapsed', label: row.groups.at(-1) ?? '', leaves: [row] });
  }
  // Only a group ending in 其他 can take a single row's figures without guessing.
  for (const [key, target] of index) {
    if (
      target.kind === 'collapsed' &&
      ordinalOf(target.leaves.at(-1)?.label ?? '')?.rest !== '其他'
    ) {
      index.delete(key);
    }
  }
  return index;
}

/** The context of ordinals after reading a line's label cells. */
function nextContext(context: readonly string[], labels: readonly string[]): string[] | null {
  let ctx = [...context];
  let changed = false;
  for (const cell of labels) {
    const token = ordinalOf(cell)?.token;
    if (!token) continue;
    changed = true;
    const depth = token.startsWith('A') ? 0 : token.startsWith('B') ? 1 : 2;
    ctx = [...ctx.slice(0, depth), ...Array<string>(Math.max(0, depth - ctx.length)).fill('')];
    ctx.push(token);
  }
  return changed ? ctx : null;
}

type Found = { readonly target: Target; readonly values: readonly string[] };

function scanRows(t: TemplateDef, lines: readonly Line[]): Map<string, Found> {
  const index = buildIndex(t);
  const width = t.table3.columns.length + 1;
  const found = new Map<string, Found>();
  let context: string[] = [];
  for (const line of lines) {
    const cells = splitCells(line.raw);
    const ctx = nextContext(context, cells.slice(0, lastLabelIndex(cells) + 1));
    if (!ctx) continue;
    context = ctx;
    const target = index.get(ctx.join('|'));
    const values = valueCells(cells, width);
    if (!target || values.length === 0) continue;
    const key = target.kind === 'row' ? target.row.key : `collapsed:${target.label}`;
    if (!found.has(key)) found.set(key, { target, values });
  }
  return found;
}

function readInputRow(state: ImportState, row: FlatTable3Row, values: readonly string[]): void {
  const { columns, total } = state.t.table3;
  columns.forEach((c, i) => writeCell(state, `requests.${row.key}.${c.key}`, values[i]));
  notePrinted(state, `requests.${row.key}.${total.key}`, values[columns.length]);
}

function readComputedRow(state: ImportState, row: FlatTable3Row, values: readonly string[]): void {
  const { columns, total } = state.t.table3;
  columns.forEach((c, i) => notePrinted(state, `requests.${row.key}.${c.key}`, values[i]));
  notePrinted(state, `requests.${row.key}.${total.key}`, values[columns.length]);
}

/** The single-row （六）: figures to 3.其他; where the figure is 0, every sub-row is 0. */
function readCollapsed(
  state: ImportState,
  leaves: readonly FlatTable3Row[],
  label: string,
  values: readonly string[],
): void {
  const { columns, total } = state.t.table3;
  const last = leaves.at(-1);
  if (!last) return;
  columns.forEach((c, i) => {
    writeCell(state, `requests.${last.key}.${c.key}`, values[i]);
    // A zero sum means every part is zero; any other figure cannot be split up, so the other
    // sub-rows stay blank.
    if (getCell(state.doc, `requests.${last.key}.${c.key}`) !== 0) return;
    for (const leaf of leaves) state.doc = setAtPath(state.doc, `requests.${leaf.key}.${c.key}`, 0);
  });
  notePrinted(state, `requests.${last.key}.${total.key}`, values[columns.length]);
  const others = leaves
    .slice(0, -1)
    .map((l) => `“${l.label}”`)
    .join('、');
  noteLayout(
    state,
    leaves.flatMap((l) => columns.map((c) => `requests.${l.key}.${c.key}`)),
    `表三的“${label}”只印了一行（旧版格式），其数字计入“${last.label}”；` +
      `${others}在该列为 0 时记 0，否则留空，请核实补填。`,
  );
}

/** Outcome of reading table 3: refused when its first or last row is missing (a cut-off text). */
export type Table3Result = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** Reads table 3 from the lines of section 三 into the state. */
export function readTable3(state: ImportState, lines: readonly Line[]): Table3Result {
  const found = scanRows(state.t, lines);
  const rows = listTable3Rows(state.t);
  const ends = [rows[0], rows.at(-1)].filter((r): r is FlatTable3Row => r !== undefined);
  const lost = ends.filter((r) => !found.has(r.key)).map((r) => `“${r.label}”`);
  if (lost.length > 0) {
    return {
      ok: false,
      error: `报告不完整：表三缺少${lost.join('、')}这一行，无法导入。请提供完整的报告。`,
    };
  }
  const collapsed = [...found.values()].flatMap((f) =>
    f.target.kind === 'collapsed'
      ? [{ leaves: f.target.leaves, label: f.target.label, values: f.values }]
      : [],
  );
  const inCollapsed = (key: string) => collapsed.some((c) => c.leaves.some((l) => l.key === key));
  for (const row of rows) {
    const f = found.get(row.key);
    if (f && row.type === 'computed') readComputedRow(state, row, f.values);
    else if (f) readInputRow(state, row, f.values);
    else if (!inCollapsed(row.key)) missingRow(state, row);
  }
  for (const c of collapsed) {
    // When the sub-rows are printed as well, they win.
    if (!c.leaves.some((l) => found.has(l.key))) readCollapsed(state, c.leaves, c.label, c.values);
  }
  return { ok: true };
}

function missingRow(state: ImportState, row: FlatTable3Row): void {
  if (row.type === 'computed') return; // a total we recompute anyway
  state.issues.push({
    rule: 'unreadable',
    fields: state.t.table3.columns.map((c) => `requests.${row.key}.${c.key}`),
    message: `表三中没有找到“${row.label}”这一行，该行各列留空。`,
  });
}
