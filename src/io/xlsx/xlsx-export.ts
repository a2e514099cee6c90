import ExcelJS from 'exceljs';
import type { TemplateDef } from '../../domain/template/types';
import type { ReportDocument } from '../../domain/report/document';
import type { Violation } from '../../domain/rules/types';
import { computeTotals } from '../../domain/compute/totals';
import { layoutTables } from '../../domain/layout/table-layout';
import { addInfoSheet, addProblemsSheet, addTextSheet } from './info-sheets';
import { addTableSheet } from './table-sheet';

// The report as an Excel workbook for offices that pass tables around in Excel: 基本信息, one
// sheet per table as printed (merges from layoutTables, figures as numbers, totals as formulas
// with cached values), 正文 with the narratives, and 问题. importXlsx reads it back exactly.
// exceljs is large: callers load this module with a dynamic import.

const TABLE_CONTENT = ['table2', 'table3', 'table4'] as const;

/** The report as an Excel workbook: one sheet per table laid out and merged as printed, plus a 问题 sheet. */
export async function exportXlsx(
  t: TemplateDef,
  doc: ReportDocument,
  problems: readonly Violation[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  const layouts = layoutTables(t);
  const totals = computeTotals(t, doc);
  addInfoSheet(wb, doc);
  for (const section of t.sections) {
    const id = TABLE_CONTENT.find((c) => c === section.content);
    if (id) addTableSheet(wb, t, layouts[id], section.title, { doc, totals });
  }
  addTextSheet(wb, t, doc);
  addProblemsSheet(wb, t, problems);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
