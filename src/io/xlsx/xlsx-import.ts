import type { Workbook } from 'exceljs';
import type { SectionDef, TemplateDef } from '../../domain/template/types';
import { listInputCells, listNarratives, listTable3Rows } from '../../domain/template/cells';
import { createEmptyReport, setAtPath } from '../../domain/report/document';
import type { ImportResult } from '../import-result';
import { comparePrintedTotals } from '../printed-totals';
import { normalizeLabel } from '../text-import/labels';
import { newState, noteLayout, type ImportState } from '../text-import/state';
import { readTable2 } from '../text-import/table2';
import { readTable3 } from '../text-import/table3';
import { readTable4 } from '../text-import/table4';
import { table2Lines, table3Lines, table4Lines } from './find-tables';
import { loadWorkbook } from './load-workbook';
import { readInfoSheet, readSheetMeta } from './read-meta';
import { readTextSheet } from './read-text-sheet';
import { sheetGrid, type Grid } from './sheet-grid';
import { sheetName } from './sheet-format';
import { INFO_SHEET, noNarratives, noReportTable, tableMissing, TEXT_SHEET } from './strings';

// Reads a report from an .xlsx: our own export exactly (基本信息, the three table sheets, 正文),
// or any workbook with table 3 on some sheet, found by its labels (a 主管部门's template). The
// tables are read by the text importer's readers from lines built off the sheets; a workbook
// without table 3, or one that cannot be opened, is refused and creates nothing.

function sectionOf(t: TemplateDef, content: SectionDef['content']): SectionDef | undefined {
  return t.sections.find((s) => s.content === content);
}

/** The grids, the sheet named for the section first (our export), then the rest in order. */
function ordered(grids: readonly Grid[], section: SectionDef | undefined): Grid[] {
  const name = section ? sheetName(section.title) : '';
  return [...grids.filter((g) => g.name === name), ...grids.filter((g) => g.name !== name)];
}

function mentionsTable3(t: TemplateDef, grid: Grid): boolean {
  const labels = new Set(listTable3Rows(t).map((r) => normalizeLabel(r.label)));
  return grid.rows.some((cells) => cells.some((c) => labels.has(normalizeLabel(c))));
}

/** Reads table 3 from the first sheet that holds it; the refusal when none does. */
function readTable3Anywhere(state: ImportState, grids: readonly Grid[]): string | null {
  const { t } = state;
  let cutOff: string | null = null;
  for (const grid of ordered(grids, sectionOf(t, 'table3'))) {
    const r = readTable3(state, table3Lines(t, grid));
    if (r.ok) return null;
    if (cutOff === null && mentionsTable3(t, grid)) cutOff = r.error;
  }
  const first = listTable3Rows(t)[0]?.label ?? '';
  return cutOff ?? noReportTable(sectionOf(t, 'table3')?.title ?? '', first);
}

function missingTable(state: ImportState, section: SectionDef | undefined): void {
  if (!section) return;
  const fields = listInputCells(state.t)
    .filter((c) => c.section === section.key)
    .map((c) => c.path);
  noteLayout(state, fields, tableMissing(`表${section.ordinal}“${section.title}”`));
}

function readOtherTables(state: ImportState, grids: readonly Grid[]): void {
  const s2 = sectionOf(state.t, 'table2');
  const lines2 = ordered(grids, s2)
    .map((g) => table2Lines(state.t, g))
    .find((l) => l !== null);
  if (lines2) readTable2(state, lines2);
  else missingTable(state, s2);
  const s4 = sectionOf(state.t, 'table4');
  const lines4 = ordered(grids, s4)
    .map((g) => table4Lines(state.t, g))
    .find((l) => l !== null);
  if (!lines4 || !readTable4(state, lines4)) missingTable(state, s4);
}

function readNarratives(state: ImportState, wb: Workbook): void {
  const sheet = wb.getWorksheet(TEXT_SHEET);
  if (sheet) {
    for (const [path, text] of readTextSheet(state.t, sheet)) {
      state.doc = setAtPath(state.doc, path, text);
    }
    return;
  }
  const sections = state.t.sections.filter((s) => s.narratives.length > 0);
  noteLayout(
    state,
    listNarratives(state.t).map((n) => n.path),
    noNarratives(sections.map((s) => s.ordinal).join('、')),
  );
}

/** Imports a report from an .xlsx made by exportXlsx, or from any sheet holding table 3 (found by its labels). */
export async function importXlsx(t: TemplateDef, bytes: Uint8Array): Promise<ImportResult> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const wb = loaded.workbook;
  const grids = wb.worksheets.map(sheetGrid);
  const info = grids.find((g) => g.name === INFO_SHEET);
  const meta = info ? readInfoSheet(info) : readSheetMeta(ordered(grids, sectionOf(t, 'table3')));
  const state = newState(t, createEmptyReport(t, meta.meta));
  state.issues.push(...meta.issues);
  const refused = readTable3Anywhere(state, grids);
  if (refused) return { ok: false, error: refused };
  readOtherTables(state, grids);
  readNarratives(state, wb);
  const printed = [...state.printed].map(([path, figure]) => ({ path, printed: figure }));
  const totals = comparePrintedTotals(t, state.doc, printed);
  return { ok: true, document: state.doc, issues: [...state.issues, ...totals] };
}
