import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { listComputedCells, listInputCells } from '../../domain/template/cells';
import { sample2021 } from '../../domain/samples/sample-2021';
import { checkReport } from '../../domain/rules/check-report';
import { computeTotals } from '../../domain/compute/totals';
import { layoutTables, type TableLayout } from '../../domain/layout/table-layout';
import { getCell, setAtPath, type ReportDocument } from '../../domain/report/document';
import { exportXlsx } from './xlsx-export';
import { cellAddresses } from './table-sheet';

// The exported workbook as an office sees it in Excel: the tables merged as printed, figures as
// number cells, totals as formulas whose cached values are the report's totals, the problems listed.

async function open(doc: ReportDocument): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportXlsx(gov2021, doc, checkReport(gov2021, doc))).slice().buffer);
  return wb;
}

const TABLES = [
  ['table2', '二、主动公开政府信息情况'],
  ['table3', '三、收到和处理政府信息公开申请情况'],
  ['table4', '四、政府信息公开行政复议、行政诉讼情况'],
] as const;

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** "text rows×cols" of every merged cell (a figure by its value), from the layout and the sheet. */
function spansInLayout(layout: TableLayout, doc: ReportDocument): string[] {
  return [...layout.header, ...layout.body]
    .flatMap((r) => r.cells)
    .flatMap((c) => {
      const rowSpan = c.type === 'header' || c.type === 'label' ? c.rowSpan : 1;
      if (c.colSpan === 1 && rowSpan === 1) return [];
      const text = c.type === 'header' || c.type === 'label' ? c.text : getCell(doc, c.path);
      return [`${text ?? ''} ${rowSpan}×${c.colSpan}`];
    })
    .sort();
}

function spansInSheet(ws: ExcelJS.Worksheet): string[] {
  const merges: string[] = (ws.model as { merges: string[] }).merges;
  return merges
    .filter((range) => !range.startsWith('A1:')) // the title row
    .map((range) => {
      const [from = '', to = ''] = range.split(':');
      const a = ws.getCell(from);
      const b = ws.getCell(to);
      const rows = Number(b.row) - Number(a.row) + 1;
      const cols = Number(b.col) - Number(a.col) + 1;
      return `${String(a.value ?? '')} ${rows}×${cols}`;
    })
    .sort();
}

/** Evaluates SUM(A1:B2) / SUM(A1,B2) on the sheet's stored numbers (blank = 0, as Excel does). */
function evaluateSum(ws: ExcelJS.Worksheet, formula: string): number {
  const args = /^SUM\((.*)\)$/.exec(formula)?.[1];
  if (!args) throw new Error(`not a SUM: ${formula}`);
  let sum = 0;
  for (const arg of args.split(',')) {
    const [from = '', to = from] = arg.split(':');
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    for (let r = Number(a.row); r <= Number(b.row); r++) {
      for (let c = Number(a.col); c <= Number(b.col); c++) {
        const cell = ws.getCell(r, c);
        sum += typeof cell.value === 'number' ? cell.value : Number(cell.result ?? 0);
      }
    }
  }
  return sum;
}

describe('exportXlsx', () => {
  it('has 基本信息, one sheet per table named by its section title, 正文 and 问题', async () => {
    const wb = await open(sample2021);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '基本信息',
      ...TABLES.map(([, title]) => title),
      '正文',
      '问题',
    ]);
  });

  it.each(TABLES)('merges %s exactly as the printed layout does', async (id, title) => {
    const ws = sheet(await open(sample2021), title);
    expect(spansInSheet(ws)).toEqual(spansInLayout(layoutTables(gov2021)[id], sample2021));
    expect(sheet(await open(sample2021), title).getCell('A1').value).toBe(title);
  });

  it('writes every figure as a number cell, and blank figures as blank cells', async () => {
    const doc = setAtPath(
      setAtPath(sample2021, 'requests.granted.natural', null),
      'proactive.feeAmount',
      4068.208,
    );
    const wb = await open(doc);
    for (const [id, title] of TABLES) {
      const ws = sheet(wb, title);
      const at = cellAddresses(layoutTables(gov2021)[id]);
      for (const c of listInputCells(gov2021).filter((i) => at.has(i.path))) {
        const { row, col } = at.get(c.path) ?? { row: 0, col: 0 };
        const cell = ws.getCell(row, col);
        const value = getCell(doc, c.path);
        expect(cell.value, c.path).toBe(value);
        if (value !== null) expect(cell.type, c.path).toBe(ExcelJS.ValueType.Number);
        // The cell sits in its row: the row (table 2, 3) shows the row's label.
        if (id !== 'table4') expect(ws.getRow(row).values, c.path).toContain(c.rowLabel);
      }
    }
  });

  it('writes totals as SUM formulas over the right cells, cached with computeTotals', async () => {
    const doc = setAtPath(sample2021, 'requests.denied.stateSecret.research', 7);
    const wb = await open(doc);
    const totals = computeTotals(gov2021, doc);
    for (const [id, title] of TABLES) {
      const ws = sheet(wb, title);
      const at = cellAddresses(layoutTables(gov2021)[id]);
      for (const c of listComputedCells(gov2021).filter((x) => at.has(x.path))) {
        const { row, col } = at.get(c.path) ?? { row: 0, col: 0 };
        const cell = ws.getCell(row, col);
        expect(cell.type, c.path).toBe(ExcelJS.ValueType.Formula);
        expect(cell.result, c.path).toBe(totals[c.path]);
        expect(evaluateSum(ws, cell.formula), c.path).toBe(totals[c.path]);
      }
    }
    expect(totals['requests.resultsTotal.research']).toBe(7);
  });

  it('sets column widths: label columns wider than figure columns', async () => {
    const ws = sheet(await open(sample2021), TABLES[1][1]);
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(widths).toHaveLength(10);
    expect(Math.min(...widths.slice(0, 3))).toBeGreaterThan(Math.max(...widths.slice(3)));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
  });

  it('lists each problem of checkReport on the 问题 sheet, in Chinese', async () => {
    const doc = setAtPath(sample2021, 'requests.newReceived.natural', 3);
    const problems = checkReport(gov2021, doc);
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    const ws = sheet(await open(doc), '问题');
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(problems.length);
    problems.forEach((p, i) => {
      const [, , rule, severity, cells, message] = rows[i] ?? [];
      expect(severity).toBe(p.severity === 'error' ? '错误' : '提示');
      expect(message).toBe(p.message);
      expect(typeof rule).toBe('string');
      if (p.fields.includes('requests.newReceived.natural')) {
        expect(String(cells)).toContain('表三「一、本年新收」「自然人」');
      }
    });
  });

  it('says so on the 问题 sheet when there is no problem', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(gov2021, sample2021, [])).slice().buffer);
    expect(sheet(wb, '问题').getRow(2).values).toContain('未发现问题。');
  });

  it('keeps agency, year and title on the 基本信息 sheet', async () => {
    const ws = sheet(await open(sample2021), '基本信息');
    const values = ws.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1, 3) : []));
    expect(values).toContainEqual(['机关', sample2021.meta.agency]);
    expect(values).toContainEqual(['年度', sample2021.meta.year]);
    expect(values).toContainEqual(['标题', '平湖市科技局2021年度政府信息公开工作年度报告']);
  });
});
