import type { TemplateDef } from '../template/types';
import { listComputedCells, type ComputedCell } from '../template/cells';
import { memoByTemplate } from '../template/memo';
import { getCell, type ReportDocument } from '../report/document';

/** Computed cells by path. */
export type Totals = Readonly<Record<string, number>>;

/** The computed cells, built once per template (they are summed on every keystroke). */
export const computedCells: (t: TemplateDef) => readonly ComputedCell[] =
  memoByTemplate(listComputedCells);

/** One computed cell's sum; its computed parts are read from `out` (they come first). */
export function sumParts(cell: ComputedCell, doc: ReportDocument, out: Totals): number {
  return cell.parts.reduce((sum, p) => sum + (out[p] ?? getCell(doc, p) ?? 0), 0);
}

/**
 * Every computed cell of the report: the 总计 column and （七）总计 row of table 3 and the
 * table-4 总计 cells. Blank cells count as 0. Totals are never typed and never stored.
 */
export function computeTotals(t: TemplateDef, doc: ReportDocument): Totals {
  const out: Record<string, number> = {};
  // Cells come after their parts, so a computed part is already in `out`.
  for (const cell of computedCells(t)) out[cell.path] = sumParts(cell, doc, out);
  return out;
}

/** The value of any cell, input or computed, counting blank as 0. */
export function valueOf(doc: ReportDocument, totals: Totals, path: string): number {
  return totals[path] ?? getCell(doc, path) ?? 0;
}
