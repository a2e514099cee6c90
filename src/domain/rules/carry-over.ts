import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
import { computeTotals, valueOf, type Totals } from '../compute/totals';
import type { Violation } from './types';
import { formatNumber, shortLabel, tableName } from './format';
import {
  allBlank,
  balanceItems,
  sectionKeyOf,
  table3Columns,
  table3Parts,
  table3Path,
} from './structure';

// Rule `carryOver` (warning, only when last year's report is available). Table 3 row 四
// 「结转下年度继续办理」 counts the applications that move on to next year; next year they are
// 二「上年结转政府信息公开申请数量」. So this year's 二 must equal last year's 四, per column.
// A warning: last year's published figure may itself be wrong (and is not ours to change).

/** One `carryOver` violation per table-3 column where 二 differs from last year's 四. */
export function checkCarryOver(
  t: TemplateDef,
  doc: ReportDocument,
  previous: ReportDocument,
  totals: Totals = computeTotals(t, doc),
): Violation[] {
  const { carriedOver, carriedForward } = balanceItems(t);
  const previousTotals = computeTotals(t, previous);
  const section = sectionKeyOf(t, 'table3');
  return table3Columns(t).flatMap((column): Violation[] => {
    // A blank on either side is unfinished (rule `required`), not a contradiction.
    if (allBlank(doc, table3Parts(t, carriedOver.key, column.key))) return [];
    if (allBlank(previous, table3Parts(t, carriedForward.key, column.key))) return [];
    const path = table3Path(t, carriedOver.key, column.key);
    const now = valueOf(doc, totals, path);
    const before = valueOf(previous, previousTotals, table3Path(t, carriedForward.key, column.key));
    if (now === before) return [];
    return [
      {
        rule: 'carryOver',
        severity: 'warning',
        fields: [path],
        section,
        message:
          `${tableName(t, section)}「${column.label}」列：${shortLabel(carriedOver.label)} ` +
          `${formatNumber(now)}，但上一年度报告${shortLabel(carriedForward.label)}为 ` +
          `${formatNumber(before)}，相差 ${formatNumber(Math.abs(now - before))}`,
      },
    ];
  });
}

/** The input cells of this year's report `checkCarryOver` reads: row 二 of every column. */
export function carryOverInputs(t: TemplateDef): string[] {
  const { carriedOver } = balanceItems(t);
  return table3Columns(t).flatMap((column) => table3Parts(t, carriedOver.key, column.key));
}
