import { downloadBlob, downloadText } from '@/components/download-text';
import { formatTime } from '@/components/format-time';
import type { WorkspaceRow } from '../logic/rows';
import { EXPORT_COLUMNS, exportCells, tableFileName, toCsv } from '../logic/table-export';
import { WX } from '../strings';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves the rows as .xlsx (the workbook code loads now, not with the page); returns the file name. */
export async function exportTableXlsx(year: number, rows: readonly WorkspaceRow[]) {
  const { exportRowsXlsx } = await import('@/io/xlsx/rows-xlsx');
  const columns = EXPORT_COLUMNS.map(({ header, kind }) => ({ header, kind }));
  const bytes = await exportRowsXlsx(WX.sheetName(year), columns, exportCells(rows, formatTime));
  const name = tableFileName(year, 'xlsx');
  downloadBlob(name, bytes as Uint8Array<ArrayBuffer>, XLSX_MIME);
  return name;
}

/** Saves the rows as CSV (UTF-8 with a byte-order mark, for Excel); returns the file name. */
export function exportTableCsv(year: number, rows: readonly WorkspaceRow[]): string {
  const header = EXPORT_COLUMNS.map((c) => c.header);
  const name = tableFileName(year, 'csv');
  downloadText(name, toCsv(header, exportCells(rows, formatTime)), 'text/csv;charset=utf-8');
  return name;
}
