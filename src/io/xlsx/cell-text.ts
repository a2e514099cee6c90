import type { Cell, CellValue } from 'exceljs';

// What a cell shows, as text the importers' parsers read: numbers without floating-point noise,
// the cached result of a formula, the text of rich text and links, blank for the covered part of
// a merged cell (its text is in the merge's first cell, as a printed table shows it).

/** A number as Excel shows it at 15 significant digits: 0.1 + 0.2 reads 0.3. */
export function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

function dateText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The text of a cell value of any kind exceljs reads. */
export function valueText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value && value.result !== undefined) return valueText(value.result);
  // A formula without a cached result (written by a tool that does not calculate): show it, so
  // the import summary names what could not be read.
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  if ('text' in value) return typeof value.text === 'string' ? value.text : '';
  return '';
}

/** The text a cell shows; blank for the covered cells of a merge. */
export function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.value;
  // A formula's `value` drops a cached result of 0 (exceljs copies only truthy fields), so the
  // result is read from the cell itself.
  if (
    value !== null &&
    typeof value === 'object' &&
    ('formula' in value || 'sharedFormula' in value)
  ) {
    return valueText({ ...value, result: cell.result } as CellValue);
  }
  return valueText(value);
}
