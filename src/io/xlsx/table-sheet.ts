import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { TableLayout } from '../../domain/layout/table-layout';
import { listComputedCells } from '../../domain/template/cells';
import type { TemplateDef } from '../../domain/template/types';
import type { Totals } from '../../domain/compute/totals';
import { getCell, type ReportDocument } from '../../domain/report/document';
import { placeLayout, rowCountOf, type PlacedCell } from './place-layout';
import {
  a1,
  BODY_FONT,
  BOLD_FONT,
  HEADER_FILL,
  sheetName,
  THIN_BORDER,
  TITLE_FONT,
} from './sheet-format';
import { columnWidths } from './column-widths';

// One table of the report on its own sheet, laid out and merged as printed: the section title on
// row 1, the table from row 2 (TABLE_TOP). Input cells hold numbers (blank stays blank), computed
// cells a SUM of their parts with the computed value cached, so the sheet reads right in a viewer
// that does not calculate and stays right in Excel when a figure is changed.

/** Sheet row of the table's first row. */
export const TABLE_TOP = 2;

type Addresses = ReadonlyMap<string, { readonly row: number; readonly col: number }>;

/** The 1-based sheet address of every input and computed cell, by field path. */
export function cellAddresses(layout: TableLayout): Addresses {
  const out = new Map<string, { row: number; col: number }>();
  for (const p of placeLayout(layout)) {
    if (p.cell.type === 'input' || p.cell.type === 'computed') {
      out.set(p.cell.path, { row: TABLE_TOP + p.row, col: 1 + p.col });
    }
  }
  return out;
}

/** `SUM(B5:G5)` for parts in one run of a row or column, `SUM(B5,D7)` otherwise. */
export function sumFormula(parts: readonly string[], at: Addresses): string {
  const cells = parts.flatMap((p) => {
    const a = at.get(p);
    return a ? [a] : [];
  });
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (!first || !last) return '0';
  const inRow = cells.every((c, i) => c.row === first.row && c.col === first.col + i);
  const inCol = cells.every((c, i) => c.col === first.col && c.row === first.row + i);
  if (cells.length > 1 && (inRow || inCol)) {
    return `SUM(${a1(first.row, first.col)}:${a1(last.row, last.col)})`;
  }
  return `SUM(${cells.map((c) => a1(c.row, c.col)).join(',')})`;
}

type Fill = {
  readonly doc: ReportDocument;
  readonly totals: Totals;
  readonly formulas: ReadonlyMap<string, string>;
};

function writeCell(cell: Cell, p: PlacedCell, fill: Fill): void {
  const c = p.cell;
  switch (c.type) {
    case 'header':
      cell.value = c.text;
      cell.font = BOLD_FONT;
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      return;
    case 'label':
      cell.value = c.text;
      cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
      return;
    case 'input': {
      const value = getCell(fill.doc, c.path);
      if (value !== null) cell.value = value;
      cell.alignment = { vertical: 'middle', horizontal: 'right' };
      return;
    }
    case 'computed':
      cell.value = {
        formula: fill.formulas.get(c.path) ?? '0',
        result: fill.totals[c.path] ?? 0,
      };
      cell.font = BOLD_FONT;
      cell.alignment = { vertical: 'middle', horizontal: 'right' };
  }
}

/** Borders on every cell of the table (merged ones too, or their edges would not show). */
function frame(ws: Worksheet, layout: TableLayout): void {
  const rows = rowCountOf(layout);
  for (let r = 0; r < rows; r++) {
    for (let c = 1; c <= layout.columnCount; c++) {
      const cell = ws.getCell(TABLE_TOP + r, c);
      cell.border = THIN_BORDER;
      if (!cell.font) cell.font = BODY_FONT;
    }
  }
}

function writeTitle(ws: Worksheet, title: string, columns: number): void {
  const cell = ws.getCell(1, 1);
  cell.value = title;
  cell.font = TITLE_FONT;
  cell.alignment = { vertical: 'middle', horizontal: 'left' };
  ws.getRow(1).height = 24;
  if (columns > 1) ws.mergeCells(1, 1, 1, columns);
}

function pageSetup(ws: Worksheet, layout: TableLayout): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: layout.columnCount > 10 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
  };
  if (layout.header.length > 0) {
    const last = TABLE_TOP + layout.header.length - 1;
    ws.pageSetup.printTitlesRow = `${TABLE_TOP}:${last}`;
    ws.views = [{ state: 'frozen', ySplit: last }];
  }
}

/** Adds the sheet of one table, titled by its section title. */
export function addTableSheet(
  wb: Workbook,
  t: TemplateDef,
  layout: TableLayout,
  title: string,
  content: Omit<Fill, 'formulas'>,
): Worksheet {
  const ws = wb.addWorksheet(sheetName(title));
  const at = cellAddresses(layout);
  const formulas = new Map(
    listComputedCells(t)
      .filter((c) => at.has(c.path))
      .map((c) => [c.path, sumFormula(c.parts, at)]),
  );
  writeTitle(ws, title, layout.columnCount);
  for (const p of placeLayout(layout)) {
    const row = TABLE_TOP + p.row;
    const col = 1 + p.col;
    writeCell(ws.getCell(row, col), p, { ...content, formulas });
    if (p.rowSpan > 1 || p.colSpan > 1) {
      ws.mergeCells(row, col, row + p.rowSpan - 1, col + p.colSpan - 1);
    }
  }
  frame(ws, layout);
  columnWidths(layout).forEach((width, i) => (ws.getColumn(i + 1).width = width));
  pageSetup(ws, layout);
  return ws;
}
