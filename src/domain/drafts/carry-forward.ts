import type { TemplateDef } from '../template/types';
import { listTable3Rows } from '../template/cells';
import { createEmptyReport, getCell, setAtPath, type ReportDocument } from '../report/document';

// Starting this year's report from last year's, as 办公室 staff do by hand:
// - 表三 二「上年结转政府信息公开申请数量」 = last year's 四「结转下年度继续办理」, per applicant
//   column (the same identity rule `carryOver` checks);
// - 表二 第二十条第（一）项「现行有效件数」 starts at last year's figure: this year's value is
//   上年现行有效件数 + 本年制发件数 − 本年废止件数 (rule `inForceRollForward`), so the author only
//   edits it after filling in 制发 and 废止;
// - everything else starts blank: last year's figures and text must not pass for this year's.

/** Row keys of table 3 linking two years: last year's `from` becomes this year's `to`. */
const CARRY = { from: 'carriedForward', to: 'carriedOver' } as const;
/** Column key of 现行有效件数 in table 2. */
const IN_FORCE = 'inForce';

function carryApplications(t: TemplateDef, previous: ReportDocument, doc: ReportDocument) {
  const rows = new Set(listTable3Rows(t).map((r) => r.key));
  if (!rows.has(CARRY.from) || !rows.has(CARRY.to)) return doc;
  let out = doc;
  for (const column of t.table3.columns) {
    const value = getCell(previous, `requests.${CARRY.from}.${column.key}`);
    out = setAtPath(out, `requests.${CARRY.to}.${column.key}`, value);
  }
  return out;
}

function carryInForce(t: TemplateDef, previous: ReportDocument, doc: ReportDocument) {
  let out = doc;
  for (const block of t.table2.blocks) {
    if (!block.columns.some((c) => c.key === IN_FORCE)) continue;
    for (const row of block.rows) {
      const path = `proactive.${row.key}.${IN_FORCE}`;
      out = setAtPath(out, path, getCell(previous, path));
    }
  }
  return out;
}

/** A new report for the year after `previous` (or `year`): same agency, carried figures filled in, the rest blank. */
export function createFromLastYear(
  t: TemplateDef,
  previous: ReportDocument,
  year: number = previous.meta.year + 1,
): ReportDocument {
  const empty = createEmptyReport(t, { agency: previous.meta.agency, year });
  return carryInForce(t, previous, carryApplications(t, previous, empty));
}
