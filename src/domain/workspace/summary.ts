import type { TemplateDef } from '../template/types';
import { memoByTemplate } from '../template/memo';
import type { ReportDocument } from '../report/document';
import { computeTotals, valueOf } from '../compute/totals';
import { checkCarryOver } from '../rules/carry-over';
import { checkInForce } from '../rules/in-force';
import {
  allBlank,
  appealGroups,
  appealTotalPath,
  balanceItems,
  inputsOf,
  table3Path,
} from '../rules/structure';

// What the workspace shows of each report besides its status and problem counts: a few figures
// a 政务公开办 compares across agencies, and whether the report follows on from last year's.

/** The workspace's key figures of a report; null when every cell behind a figure is blank. */
export type KeyFigures = {
  newReceived: number | null;
  /** （七）总计 */
  grandTotal: number | null;
  carriedForward: number | null;
  reconsiderationTotal: number | null;
  litigationTotal: number | null;
};

type FigureCells = Readonly<Record<keyof KeyFigures, readonly string[]>>;

/** The computed cells each key figure adds up, and the input cells behind them. */
const figureCells = memoByTemplate((t: TemplateDef) => {
  const { received, results, carriedForward } = balanceItems(t);
  const total = t.table3.total.key;
  const { reconsideration, litigation } = appealGroups(t);
  const cells: FigureCells = {
    newReceived: [table3Path(t, received.key, total)],
    grandTotal: [table3Path(t, results.key, total)],
    carriedForward: [table3Path(t, carriedForward.key, total)],
    reconsiderationTotal: [appealTotalPath(t, reconsideration)],
    litigationTotal: litigation.map((g) => appealTotalPath(t, g)),
  };
  const inputs: FigureCells = {
    newReceived: inputsOf(t, cells.newReceived),
    grandTotal: inputsOf(t, cells.grandTotal),
    carriedForward: inputsOf(t, cells.carriedForward),
    reconsiderationTotal: inputsOf(t, cells.reconsiderationTotal),
    litigationTotal: inputsOf(t, cells.litigationTotal),
  };
  return { cells, inputs };
});

/** The workspace's key figures of a report (本年新收, （七）总计, 结转下年度, 行政复议 总计, 行政诉讼 总计), from the template's computed cells. */
export function keyFigures(t: TemplateDef, doc: ReportDocument): KeyFigures {
  const { cells, inputs } = figureCells(t);
  const totals = computeTotals(t, doc);
  const figure = (key: keyof KeyFigures): number | null =>
    allBlank(doc, inputs[key])
      ? null
      : cells[key].reduce((sum, path) => sum + valueOf(doc, totals, path), 0);
  return {
    newReceived: figure('newReceived'),
    grandTotal: figure('grandTotal'),
    carriedForward: figure('carriedForward'),
    reconsiderationTotal: figure('reconsiderationTotal'),
    litigationTotal: figure('litigationTotal'),
  };
}

/** The 与上年 column of the workspace. */
export type PreviousComparison =
  { kind: 'consistent' } | { kind: 'mismatch'; count: number } | { kind: 'no-previous' };

/** The 与上年 column: carryOver + inForceRollForward against last year's report: 'consistent' | {mismatches: n} | 'no-previous'. */
export function compareWithPrevious(
  t: TemplateDef,
  doc: ReportDocument,
  previous: ReportDocument | null,
): PreviousComparison {
  if (previous === null) return { kind: 'no-previous' };
  const count = checkCarryOver(t, doc, previous).length + checkInForce(t, doc, previous).length;
  return count === 0 ? { kind: 'consistent' } : { kind: 'mismatch', count };
}
