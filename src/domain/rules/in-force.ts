import type { Table2BlockDef, TemplateDef } from '../template/types';
import { getCell, type ReportDocument } from '../report/document';
import type { Violation } from './types';
import { formatNumber, tableName } from './format';
import { sectionKeyOf } from './structure';

// Rule `inForceRollForward` (warning, only when last year's report is available). Table 2, block
// 第二十条第（一）项, counts 规章 and 行政规范性文件 by 本年制发件数 / 本年废止件数 / 现行有效件数, so
//   现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数
// should roll forward from year to year. It is only a warning: a revision may be counted as issued
// without the old text being counted as repealed, and documents expire (自然失效) without a
// 废止 decision, so real reports legitimately deviate from this identity.

/** The block whose rows carry the three columns 制发 / 废止 / 现行有效, in that statutory order. */
function inForceBlock(t: TemplateDef): Table2BlockDef | undefined {
  return t.table2.blocks.find(
    (b) => b.columns.length === 3 && b.columns.every((c) => c.key !== null),
  );
}

/** One `inForceRollForward` violation per row (规章, 行政规范性文件) that does not roll forward. */
export function checkInForce(
  t: TemplateDef,
  doc: ReportDocument,
  previous: ReportDocument,
): Violation[] {
  const block = inForceBlock(t);
  if (!block) return [];
  const section = sectionKeyOf(t, 'table2');
  const [issuedCol, repealedCol, inForceCol] = block.columns;
  if (!issuedCol || !repealedCol || !inForceCol) return [];
  return block.rows.flatMap((row): Violation[] => {
    const path = (key: string | null) => `${section}.${row.key}.${key ?? ''}`;
    const issued = getCell(doc, path(issuedCol.key));
    const repealed = getCell(doc, path(repealedCol.key));
    const inForce = getCell(doc, path(inForceCol.key));
    const before = getCell(previous, path(inForceCol.key));
    // Any blank figure makes the identity meaningless; `required` reports the blank.
    if (issued === null || repealed === null || inForce === null || before === null) return [];
    const expected = before + issued - repealed;
    if (inForce === expected) return [];
    return [
      {
        rule: 'inForceRollForward',
        severity: 'warning',
        fields: [path(inForceCol.key), path(issuedCol.key), path(repealedCol.key)],
        section,
        message:
          `${tableName(t, section)}「${row.label}」：${inForceCol.label} ${formatNumber(inForce)}，` +
          `但上年${inForceCol.label} ${formatNumber(before)} + ${issuedCol.label} ` +
          `${formatNumber(issued)} − ${repealedCol.label} ${formatNumber(repealed)} = ` +
          `${formatNumber(expected)}，相差 ${formatNumber(Math.abs(inForce - expected))}` +
          `（修订、自然失效等可能造成差异，请核实）`,
      },
    ];
  });
}

/** The input cells of this year's report `checkInForce` reads: the rows of the in-force block. */
export function inForceInputs(t: TemplateDef): string[] {
  const block = inForceBlock(t);
  if (!block) return [];
  const section = sectionKeyOf(t, 'table2');
  return block.rows.flatMap((row) =>
    block.columns.map((c) => `${section}.${row.key}.${c.key ?? ''}`),
  );
}
