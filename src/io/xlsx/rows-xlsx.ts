import ExcelJS from 'exceljs';
import {
  BODY_FONT,
  displayWidth,
  sheetName as validSheetName,
  styleHeaderRow,
} from './sheet-format';

// A plain table as a workbook (the 汇总工作台's rows): a header row, frozen and filterable, then
// one row per item. Numbers stay numbers so the office can sort and sum them in Excel.

/** A column of the sheet: its header, width in characters (derived when absent), and kind. */
export type SheetColumn = {
  readonly header: string;
  readonly width?: number;
  readonly kind?: 'text' | 'number' | 'date';
};

type Value = string | number | null;

const NUMERIC = /^-?\d+(\.\d+)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A cell value for the column's kind: a numeric string in a number column becomes a number; a
 * `YYYY-MM-DD[ HH:mm[:ss]]` string in a date column becomes a date showing those very figures
 * (Excel dates have no time zone, so the figures are kept as given, not converted).
 */
function toCell(value: Value, kind: SheetColumn['kind']): ExcelJS.CellValue {
  if (value === null || typeof value === 'number') return value;
  if (kind === 'number' && NUMERIC.test(value.trim())) return Number(value.trim());
  const m = kind === 'date' ? DATE_TIME.exec(value.trim()) : null;
  if (!m) return value;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h, mi, s));
}

function dateFormat(rows: readonly (readonly Value[])[], col: number): string {
  const timed = rows.some((r) => {
    const v = r[col];
    return typeof v === 'string' && /\d{2}:\d{2}/.test(v);
  });
  return timed ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd';
}

function widthOf(column: SheetColumn, rows: readonly (readonly Value[])[], col: number): number {
  if (column.width !== undefined) return column.width;
  const widest = Math.max(
    displayWidth(column.header),
    ...rows.map((r) => displayWidth(String(r[col] ?? ''))),
  );
  return Math.min(50, Math.max(8, widest + 2));
}

/** A plain table (header row + rows) as an .xlsx workbook, header frozen and filterable. */
export async function exportRowsXlsx(
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly Value[])[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  const ws = wb.addWorksheet(validSheetName(sheetName) || 'Sheet1');
  ws.addRow(columns.map((c) => c.header));
  for (const row of rows) ws.addRow(columns.map((c, i) => toCell(row[i] ?? null, c.kind)));
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = widthOf(c, rows, i);
    column.font = BODY_FONT;
    if (c.kind === 'date') column.numFmt = dateFormat(rows, i);
    if (c.kind === 'number' || c.kind === 'date') column.alignment = { horizontal: 'right' };
  });
  styleHeaderRow(ws, columns.length);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
