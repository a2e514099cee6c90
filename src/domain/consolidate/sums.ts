import type { TemplateDef } from '../template/types';
import { getCell, type CellValue, type ReportDocument } from '../report/document';
import { inputCells } from '../rules/structure';
import type { Contribution } from './types';
import { fromMillionths, toMillionths } from './millionths';

// The sums of a 汇总, in one pass over the template's input cells: every cell the template has is
// summed, so a row added to the template is summed without a change here.

/** The summed cells (blank when blank in every source) and each cell's contributions. */
export type CellSums = {
  readonly values: ReadonlyMap<string, CellValue>;
  readonly contributions: Record<string, Contribution[]>;
};

type Source = { readonly agency: string; readonly document: ReportDocument };

/** Largest first; equal values keep the order of the sources (Array.prototype.sort is stable). */
const byValueDesc = (a: Contribution, b: Contribution): number => b.value - a.value;

function sumCell(path: string, amount: boolean, sources: readonly Source[]) {
  const list: Contribution[] = [];
  let count = 0;
  let millionths = 0n;
  for (const { agency, document } of sources) {
    const value = getCell(document, path);
    // A non-finite number is an invalid value (rule `value`), never a figure to add.
    if (value === null || !Number.isFinite(value)) continue;
    list.push({ agency, value });
    if (amount) millionths += toMillionths(value);
    else count += value;
  }
  const total = list.length === 0 ? null : amount ? fromMillionths(millionths) : count;
  return { total, list: list.sort(byValueDesc) };
}

/** Sums every input cell over the sources; counts as numbers, amounts (fees) in exact millionths. */
export function sumCells(t: TemplateDef, sources: readonly Source[]): CellSums {
  const values = new Map<string, CellValue>();
  const contributions: Record<string, Contribution[]> = {};
  for (const cell of inputCells(t)) {
    const { total, list } = sumCell(cell.path, cell.kind === 'amount', sources);
    values.set(cell.path, total);
    if (list.length > 0) contributions[cell.path] = list;
  }
  return { values, contributions };
}
