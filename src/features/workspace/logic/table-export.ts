import type { KeyFigures } from '@/domain';
import { previousText, WORKSPACE_STATUS_LABELS, type WorkspaceRow } from './rows';
import { W } from '../strings';

// The workspace table as a spreadsheet (.xlsx through exportRowsXlsx) or CSV: the same columns
// as on screen, numbers kept as numbers, in the order the table shows them.

type Value = string | number | null;

/** A column of the exported table; `kind` tells the .xlsx writer how to store the cells. */
export type ExportColumn = {
  header: string;
  kind: 'text' | 'number' | 'date';
  value: (row: WorkspaceRow, time: (iso: string) => string) => Value;
};

const figure =
  (key: keyof KeyFigures) =>
  (row: WorkspaceRow): Value =>
    row.figures?.[key] ?? null;

/** The exported columns, in the table's order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: W.agency, kind: 'text', value: (r) => r.agency },
  { header: W.status, kind: 'text', value: (r) => WORKSPACE_STATUS_LABELS[r.status] },
  { header: W.errors, kind: 'number', value: (r) => r.errors },
  { header: W.warnings, kind: 'number', value: (r) => r.warnings },
  { header: W.previous, kind: 'text', value: (r) => previousText(r.previous) },
  { header: W.newReceived, kind: 'number', value: figure('newReceived') },
  { header: W.grandTotal, kind: 'number', value: figure('grandTotal') },
  { header: W.carriedForward, kind: 'number', value: figure('carriedForward') },
  { header: W.reconsiderationTotal, kind: 'number', value: figure('reconsiderationTotal') },
  { header: W.litigationTotal, kind: 'number', value: figure('litigationTotal') },
  { header: W.source, kind: 'text', value: (r) => r.source },
  {
    header: W.updatedAt,
    kind: 'date',
    value: (r, time) => (r.updatedAt === null ? null : time(r.updatedAt)),
  },
];

/** The cells of the exported rows. */
export function exportCells(
  rows: readonly WorkspaceRow[],
  time: (iso: string) => string,
): Value[][] {
  return rows.map((row) => EXPORT_COLUMNS.map((c) => c.value(row, time)));
}

function csvField(value: Value): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text (RFC 4180: CRLF, quoted where needed) starting with a byte-order mark, without which
 * Excel on Chinese Windows reads UTF-8 as GBK and shows the names garbled.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Value[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name for the year's table, e.g. 2024年度汇总工作台.xlsx. */
export function tableFileName(year: number, extension: 'xlsx' | 'csv'): string {
  return `${year}年度汇总工作台.${extension}`;
}
