import type { TemplateDef } from '../template/types';
import { listComputedCells } from '../template/cells';
import { getCell, type ReportDocument } from '../report/document';

/** Computed cells by path. */
export type Totals = Readonly<Record<string, number>>;

/**
 * Every computed cell of the report: the 总计 column and （七）总计 row of table 3 and the
 * table-4 总计 cells. Blank cells count as 0. Totals are never typed and never stored.
 */
export function computeTotals(t: TemplateDef, doc: ReportDocument): Totals {
  const out: Record<string, number> = {};
  for (const cell of listComputedCells(t)) {
    // Cells come after their parts, so a computed part is already in `out`.
    out[cell.path] = cell.parts.reduce((sum, p) => sum + (out[p] ?? getCell(doc, p) ?? 0), 0);
  }
  return out;
}

/** The value of any cell, input or computed, counting blank as 0. */
export function valueOf(doc: ReportDocument, totals: Totals, path: string): number {
  return totals[path] ?? getCell(doc, path) ?? 0;
}
