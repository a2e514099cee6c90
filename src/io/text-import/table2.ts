import type { Table2BlockDef, Table2RowDef } from '../../domain/template/types';
import { normalizeLabel, trimCells } from './labels';
import { splitCells, type Line } from './lines';
import { noteLayout, writeCell, type ImportState } from './state';

// Table 2 rows are found by their label (first cell); the caption rows and the 信息内容 header
// rows are skipped. Reports in the 2019 layout have other columns (本年新制作数量 …) that do not
// map onto the 2021 fields: those fields stay blank and the summary says so.

// Column and block headings that exist only in the 2019 format (国办公开办函〔2019〕60号).
const LAYOUT_2019 = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '政府集中采购',
];

type RowMatch = {
  readonly block: Table2BlockDef;
  readonly row: Table2RowDef;
  readonly alias: boolean;
};

function rowPaths(block: Table2BlockDef, row: Table2RowDef): string[] {
  return block.columns.map((c) =>
    c.key === null ? `proactive.${row.key}` : `proactive.${row.key}.${c.key}`,
  );
}

function matchRow(state: ImportState, label: string): RowMatch | null {
  const l = normalizeLabel(label);
  for (const block of state.t.table2.blocks) {
    for (const row of block.rows) {
      if (normalizeLabel(row.label) === l) return { block, row, alias: false };
      if (row.aliases?.some((a) => normalizeLabel(a) === l)) return { block, row, alias: true };
    }
  }
  return null;
}

function is2019Layout(lines: readonly Line[]): boolean {
  const marks = LAYOUT_2019.map(normalizeLabel);
  return lines.some((l) => marks.some((m) => normalizeLabel(l.text).includes(m)));
}

function allPaths(state: ImportState): string[] {
  return state.t.table2.blocks.flatMap((b) => b.rows.flatMap((r) => rowPaths(b, r)));
}

function readRow(state: ImportState, m: RowMatch, cells: readonly string[]): void {
  const paths = rowPaths(m.block, m.row);
  // The label is the first cell; the rest are values, even unreadable ones with words in them.
  const values = trimCells(cells.slice(1), paths.length);
  paths.forEach((p, i) => writeCell(state, p, values[i]));
  if (m.alias) {
    const printed = normalizeLabel(cells[0] ?? '');
    noteLayout(state, paths, `表二的行名印作“${printed}”，按“${m.row.label}”读取。`);
  }
}

/** Reads table 2 from the lines of section 二 into the state. */
export function readTable2(state: ImportState, lines: readonly Line[]): void {
  if (is2019Layout(lines)) {
    noteLayout(
      state,
      allPaths(state),
      '表二是 2019 年版格式（本年新制作数量、本年新公开数量、对外公开总数量等），' +
        '与 2021 年版的栏目不对应，表二各项留空，请按 2021 年版格式补填。',
    );
    return;
  }
  const seen = new Set<string>();
  for (const line of lines) {
    const cells = splitCells(line.raw);
    const m = matchRow(state, cells[0] ?? '');
    if (!m || seen.has(m.row.key)) continue;
    seen.add(m.row.key);
    readRow(state, m, cells);
  }
  for (const block of state.t.table2.blocks) {
    for (const row of block.rows.filter((r) => !seen.has(r.key))) {
      state.issues.push({
        rule: 'unreadable',
        fields: rowPaths(block, row),
        message: `表二中没有找到“${row.label}”这一行，该行各项留空。`,
      });
    }
  }
}
