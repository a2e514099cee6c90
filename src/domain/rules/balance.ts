import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
import { computeTotals, valueOf, type Totals } from '../compute/totals';
import { memoByTemplate } from '../template/memo';
import type { Violation } from './types';
import { formatNumber, formatSum, shortLabel, tableName } from './format';
import { balanceItems, inputsOf, sectionKeyOf, table3Columns, table3Path } from './structure';

// Rule `balance` (error). The header note of table 3 of the 2021 format prints the relation every
// column must satisfy:
//   「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」
// i.e. 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, for each of the 7 columns.
// Totals are recomputed from their parts (never typed), so a wrong printed total is the importers'
// `printedTotal`, not a `balance`. The 总计 column is checked too: it usually fails only because an
// applicant column fails, and reporting it anyway keeps the rule simple and the total cell marked.

type Term = { readonly path: string; readonly label: string };

/** Per column, the cells of 一 + 二 (left) and of （七）总计 + 四 (right), built once per template. */
const balancePlan = memoByTemplate((t: TemplateDef) => {
  const items = balanceItems(t);
  return table3Columns(t).map((column) => {
    const term = (row: { key: string; label: string }): Term => ({
      path: table3Path(t, row.key, column.key),
      label: shortLabel(row.label),
    });
    return {
      column,
      left: [term(items.received), term(items.carriedOver)],
      right: [term(items.results), term(items.carriedForward)],
    };
  });
});

/** One `balance` violation per table-3 column (the 总计 column included) that does not balance. */
export function checkBalance(
  t: TemplateDef,
  doc: ReportDocument,
  totals: Totals = computeTotals(t, doc),
): Violation[] {
  const section = sectionKeyOf(t, 'table3');
  const valued = (terms: readonly Term[]) =>
    terms.map((x) => ({ ...x, value: valueOf(doc, totals, x.path) }));
  const sum = (ts: readonly Term[]) => ts.reduce((s, x) => s + valueOf(doc, totals, x.path), 0);
  return balancePlan(t).flatMap((sides): Violation[] => {
    // Most columns balance: compare first, build the message's terms only for a difference.
    const difference = sum(sides.left) - sum(sides.right);
    if (difference === 0) return [];
    const left = valued(sides.left);
    const right = valued(sides.right);
    return [
      {
        rule: 'balance',
        severity: 'error',
        fields: [...left, ...right].map((x) => x.path),
        section,
        message:
          `${tableName(t, section)}「${sides.column.label}」列：${formatSum(left)}，` +
          `但${formatSum(right)}，相差 ${formatNumber(Math.abs(difference))}` +
          `（${t.table3.note.replace(/^（|）$/g, '')}）`,
      },
    ];
  });
}

/** The input cells `checkBalance` reads (for incremental checking): the four items of every column. */
export function balanceInputs(t: TemplateDef): string[] {
  const items = Object.values(balanceItems(t));
  const paths = table3Columns(t).flatMap((c) => items.map((row) => table3Path(t, row.key, c.key)));
  return inputsOf(t, paths);
}
