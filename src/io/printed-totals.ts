import type { TemplateDef } from '../domain/template/types';
import { listComputedCells } from '../domain/template/cells';
import { computeTotals } from '../domain/compute/totals';
import { getCell, type ReportDocument } from '../domain/report/document';
import type { ImportIssue } from './import-result';

/** A total as printed in an imported report (null: the printed cell was blank). */
export type PrintedTotal = { readonly path: string; readonly printed: number | null };

/** Input cells a computed cell depends on, through other computed cells. */
function inputLeaves(t: TemplateDef): Map<string, string[]> {
  const leaves = new Map<string, string[]>();
  for (const cell of listComputedCells(t)) {
    leaves.set(
      cell.path,
      cell.parts.flatMap((p) => leaves.get(p) ?? [p]),
    );
  }
  return leaves;
}

/**
 * Rule `printedTotal` (import only): "An imported report prints a total that differs from the sum
 * of its parts, or leaves it blank while its parts are not." Totals are recomputed; the printed
 * figure and the difference are kept in the import summary.
 */
export function comparePrintedTotals(
  t: TemplateDef,
  doc: ReportDocument,
  printed: readonly PrintedTotal[],
): ImportIssue[] {
  const totals = computeTotals(t, doc);
  const cells = new Map(listComputedCells(t).map((c) => [c.path, c]));
  const leaves = inputLeaves(t);
  return printed.flatMap(({ path, printed: figure }): ImportIssue[] => {
    const cell = cells.get(path);
    const computed = totals[path];
    if (!cell || computed === undefined) return [];
    const partsFilled = (leaves.get(path) ?? []).some((p) => getCell(doc, p) !== null);
    if (figure === computed || (figure === null && !partsFilled)) return [];
    const shown = figure === null ? '空白' : String(figure);
    const diff = figure === null ? '' : `，相差 ${computed - figure}`;
    const message = `「${cell.rowLabel} · ${cell.columnLabel}」印的是 ${shown}，各项之和为 ${computed}${diff}；已按 ${computed} 重新计算。`;
    return [{ rule: 'printedTotal', fields: [path], printed: figure, computed, message }];
  });
}
