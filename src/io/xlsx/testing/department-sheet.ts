import ExcelJS from 'exceljs';
import type { TemplateDef } from '../../../domain/template/types';
import { listTable3Rows } from '../../../domain/template/cells';
import { getCell, type ReportDocument } from '../../../domain/report/document';
import { computeTotals } from '../../../domain/compute/totals';

// A 主管部门's Excel template, built cell by cell as another program would: a title and the
// 填报单位 above, table 3 from column B with a 序号 column before the labels and a 备注 column
// after 总计, merged label cells, and table 4 further down. Figures are what `doc` holds, with
// the tweaks a test asks for (a cell typed as text, a formula, a wrong printed total).

/** Per field path: write this raw cell value instead of the document's figure. */
export type Overrides = Readonly<Record<string, ExcelJS.CellValue>>;

const TOP = 5; // first header row of table 3

function header3(ws: ExcelJS.Worksheet, t: TemplateDef): void {
  ws.mergeCells(TOP, 2, TOP + 2, 2);
  ws.getCell(TOP, 2).value = '序号';
  ws.mergeCells(TOP, 3, TOP + 2, 5);
  ws.getCell(TOP, 3).value = t.table3.note;
  ws.mergeCells(TOP, 6, TOP, 12);
  ws.getCell(TOP, 6).value = t.table3.applicantHeader;
  ws.mergeCells(TOP, 13, TOP + 2, 13);
  ws.getCell(TOP, 13).value = '备注';
  ws.mergeCells(TOP + 1, 6, TOP + 2, 6);
  ws.getCell(TOP + 1, 6).value = '自然人';
  ws.mergeCells(TOP + 1, 7, TOP + 1, 11);
  ws.getCell(TOP + 1, 7).value = '法人或其他组织';
  ws.mergeCells(TOP + 1, 12, TOP + 2, 12);
  ws.getCell(TOP + 1, 12).value = t.table3.total.label;
  t.table3.columns.slice(1).forEach((c, i) => (ws.getCell(TOP + 2, 7 + i).value = c.label));
}

/** Writes the rows of table 3; returns the sheet row after the table. */
function body3(ws: ExcelJS.Worksheet, t: TemplateDef, doc: ReportDocument, o: Overrides): number {
  const rows = listTable3Rows(t);
  const totals = computeTotals(t, doc);
  const figure = (path: string) => o[path] ?? totals[path] ?? getCell(doc, path);
  const first = TOP + 3;
  rows.forEach((row, i) => {
    const r = first + i;
    ws.getCell(r, 2).value = i + 1;
    const level = row.groups.length;
    row.groups.forEach((g, depth) => {
      if (rows[i - 1]?.groups[depth] === g) return;
      const span = rows.slice(i).findIndex((x) => x.groups[depth] !== g);
      const end = r + (span < 0 ? rows.length - i : span) - 1;
      if (end > r) ws.mergeCells(r, 3 + depth, end, 3 + depth);
      ws.getCell(r, 3 + depth).value = g;
    });
    if (level < 2) ws.mergeCells(r, 3 + level, r, 5);
    ws.getCell(r, 3 + level).value = row.label;
    [...t.table3.columns, t.table3.total].forEach((c, k) => {
      ws.getCell(r, 6 + k).value = figure(`requests.${row.key}.${c.key}`);
    });
    ws.getCell(r, 13).value = i === 0 ? '含网上申请' : null;
  });
  return first + rows.length;
}

function table4(ws: ExcelJS.Worksheet, t: TemplateDef, doc: ReportDocument, top: number): void {
  const { groups, outcomes, total } = t.table4;
  const width = outcomes.length + 1;
  ws.getCell(top - 1, 3).value = '四、政府信息公开行政复议、行政诉讼情况';
  groups.forEach((g, i) => {
    const col = 3 + i * width;
    if (!g.parent) {
      ws.mergeCells(top, col, top, col + width - 1);
      ws.getCell(top, col).value = g.label;
      [...outcomes, total].forEach((o, k) => {
        ws.mergeCells(top + 1, col + k, top + 2, col + k);
        ws.getCell(top + 1, col + k).value = o.label;
      });
    } else {
      if (groups[i - 1]?.parent !== g.parent) {
        ws.mergeCells(top, col, top, 3 + groups.length * width - 1);
        ws.getCell(top, col).value = g.parent;
      }
      ws.mergeCells(top + 1, col, top + 1, col + width - 1);
      ws.getCell(top + 1, col).value = g.label;
      [...outcomes, total].forEach((o, k) => (ws.getCell(top + 2, col + k).value = o.label));
    }
    outcomes.forEach(
      (o, k) => (ws.getCell(top + 3, col + k).value = getCell(doc, `appeals.${g.key}.${o.key}`)),
    );
    const sum = outcomes.reduce((s, o) => s + (getCell(doc, `appeals.${g.key}.${o.key}`) ?? 0), 0);
    ws.getCell(top + 3, col + outcomes.length).value = sum;
  });
}

/** The department's workbook as bytes; `agency` and `year` go into its title and 填报单位. */
export async function departmentWorkbook(
  t: TemplateDef,
  doc: ReportDocument,
  overrides: Overrides = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '请各单位于1月31日前报送。';
  const ws = wb.addWorksheet('附表');
  ws.mergeCells(1, 2, 1, 13);
  ws.getCell(1, 2).value = `${doc.meta.year}年度政府信息公开工作年度报告统计表`;
  ws.getCell(3, 2).value = '填报单位：';
  ws.getCell(3, 3).value = doc.meta.agency;
  ws.getCell(3, 10).value = '单位：件';
  header3(ws, t);
  const after = body3(ws, t, doc, overrides);
  ws.getCell(after + 1, 2).value = '填表人：张三      联系电话：0512-12345678';
  table4(ws, t, doc, after + 4);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
