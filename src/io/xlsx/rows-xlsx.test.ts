import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRowsXlsx, type SheetColumn } from './rows-xlsx';

// The 汇总工作台's table as a workbook: what the office filters, sorts and sums in Excel.

const columns: SheetColumn[] = [
  { header: '机关', width: 30 },
  { header: '状态' },
  { header: '错误', kind: 'number' },
  { header: '（七）总计', kind: 'number' },
  { header: '与上年' },
  { header: '最后修改', kind: 'date' },
];

const rows = [
  ['平湖市科技局', '已定稿', 0, 12, '一致', '2025-01-20 09:30'],
  ['沭阳县人民政府', '已收到', '3', null, '无上年', '2026-01-31 17:05'],
];

async function open(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportRowsXlsx('2024 年度/汇总', columns, rows)).slice().buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('exportRowsXlsx', () => {
  it('writes the header row, frozen and filterable over the rows', async () => {
    const ws = await open();
    expect(ws.name).toBe('2024 年度_汇总');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:F3');
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });

  it('keeps numbers as number cells (numeric text in a number column too), blank as blank', async () => {
    const ws = await open();
    expect(ws.getCell('C2').value).toBe(0);
    expect(ws.getCell('C3').value).toBe(3);
    expect(ws.getCell('C3').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('D2').value).toBe(12);
    expect(ws.getCell('D3').value).toBeNull();
    expect(ws.getCell('E3').value).toBe('无上年');
  });

  it('writes dates as dates showing the given figures', async () => {
    const ws = await open();
    const cell = ws.getCell('F3');
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect((cell.value as Date).toISOString()).toBe('2026-01-31T17:05:00.000Z');
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('uses the given widths and fits the others to their texts', async () => {
    const ws = await open();
    expect(ws.getColumn(1).width).toBe(30);
    // 「已定稿」 is 6 wide: the minimum 8; 「（七）总计」 is 10 wide, plus 2.
    expect(ws.getColumn(2).width).toBe(8);
    expect(ws.getColumn(4).width).toBe(12);
  });
});
