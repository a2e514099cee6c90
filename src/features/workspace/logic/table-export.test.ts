import { describe, expect, it } from 'vitest';
import type { WorkspaceRow } from './rows';
import { EXPORT_COLUMNS, exportCells, tableFileName, toCsv } from './table-export';

const row = (over: Partial<WorkspaceRow>): WorkspaceRow => ({
  key: 'a',
  id: 'a',
  agency: '平湖市科技局',
  status: 'received',
  errors: 1,
  warnings: 0,
  previous: { kind: 'mismatch', count: 2 },
  comparing: false,
  figures: {
    newReceived: 34,
    grandTotal: 35,
    carriedForward: 1,
    reconsiderationTotal: null,
    litigationTotal: 0,
  },
  source: 'PDF',
  updatedAt: '2025-01-20T08:00:00.000Z',
  received: true,
  consolidated: false,
  ...over,
});

describe('exportCells', () => {
  it('gives the columns of the table, numbers as numbers and blanks as blanks', () => {
    const [cells] = exportCells([row({})], () => '2025-01-20 16:00');
    expect(EXPORT_COLUMNS.map((c) => c.header)).toEqual([
      '机关',
      '状态',
      '错误',
      '提示',
      '与上年',
      '本年新收',
      '（七）总计',
      '结转下年度',
      '行政复议 总计',
      '行政诉讼 总计',
      '来源',
      '最后修改',
    ]);
    expect(cells).toEqual([
      '平湖市科技局',
      '已收到',
      1,
      0,
      '2 处不符',
      34,
      35,
      1,
      null,
      0,
      'PDF',
      '2025-01-20 16:00',
    ]);
  });

  it('shows a roster name without a report as 未报送 with empty cells', () => {
    const missing = row({ id: null, status: 'missing', errors: null, warnings: null });
    const [cells] = exportCells(
      [{ ...missing, previous: null, figures: null, updatedAt: null, source: '' }],
      String,
    );
    expect(cells).toEqual([
      '平湖市科技局',
      '未报送',
      null,
      null,
      '',
      null,
      null,
      null,
      null,
      null,
      '',
      null,
    ]);
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs it', () => {
    const csv = toCsv(
      ['机关', '备注'],
      [
        ['甲,局', 'say "hi"'],
        ['乙局', null],
      ],
    );
    expect(csv).toBe('\uFEFF机关,备注\r\n"甲,局","say ""hi"""\r\n乙局,\r\n');
  });

  it('names the file after the year', () => {
    expect(tableFileName(2024, 'csv')).toBe('2024年度汇总工作台.csv');
  });
});
