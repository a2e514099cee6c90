import type { Worksheet } from 'exceljs';

// Small helpers shared by the sheets of the export: addresses, text widths, sheet names.

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1-style address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Width of a text in Excel's character units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return w;
}

// Excel refuses these characters in sheet names and cuts names at 31 characters.
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A valid, recognisable sheet name for a title. */
export function sheetName(title: string): string {
  return Array.from(title.replace(FORBIDDEN, '_')).slice(0, 31).join('');
}

export const THIN_BORDER = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;

export const BODY_FONT = { name: '宋体', size: 11 } as const;
export const BOLD_FONT = { name: '宋体', size: 11, bold: true } as const;
export const TITLE_FONT = { name: '黑体', size: 14 } as const;
export const HEADER_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEFEFEF' },
} as const;

/** A plain header row: bold, filled, bordered, frozen, and a filter over the rows below. */
export function styleHeaderRow(ws: Worksheet, columns: number): void {
  const row = ws.getRow(1);
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = BOLD_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const to = { row: Math.max(1, ws.rowCount), column: columns };
  ws.autoFilter = { from: { row: 1, column: 1 }, to };
}
