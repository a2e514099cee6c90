import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
import { computeTotals, valueOf } from '../compute/totals';
import type { Violation } from './types';
import { formatNumber, formatSum, shortLabel, tableName } from './format';
import { balanceItems, sectionKeyOf, table3Columns, table3Path } from './structure';

// Rule `balance` (error). The header note of table 3 of the 2021 format prints the relation every
// column must satisfy:
//   「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」
// i.e. 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, for each of the 7 columns.
// Totals are recomputed from their parts (never typed), so a wrong printed total is the importers'
// `printedTotal`, not a `balance`. The 总计 column is checked too: it usually fails only because an
// applicant column fails, and reporting it anyway keeps the rule simple and the total cell marked.

/** One `balance` violation per table-3 column (the 总计 column included) that does not balance. */
export function checkBalance(t: TemplateDef, doc: ReportDocument): Violation[] {
  const items = balanceItems(t);
  const totals = computeTotals(t, doc);
  const section = sectionKeyOf(t, 'table3');
  return table3Columns(t).flatMap((column): Violation[] => {
    const term = (row: { key: string; label: string }) => {
      const path = table3Path(t, row.key, column.key);
      return { path, label: shortLabel(row.label), value: valueOf(doc, totals, path) };
    };
    const left = [term(items.received), term(items.carriedOver)];
    const right = [term(items.results), term(items.carriedForward)];
    const sum = (ts: readonly { value: number }[]) => ts.reduce((s, x) => s + x.value, 0);
    const difference = sum(left) - sum(right);
    if (difference === 0) return [];
    return [
      {
        rule: 'balance',
        severity: 'error',
        fields: [...left, ...right].map((x) => x.path),
        section,
        message:
          `${tableName(t, section)}「${column.label}」列：${formatSum(left)}，` +
          `但${formatSum(right)}，相差 ${formatNumber(Math.abs(difference))}` +
          `（${t.table3.note.replace(/^（|）$/g, '')}）`,
      },
    ];
  });
}
