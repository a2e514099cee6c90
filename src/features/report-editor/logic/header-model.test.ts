import { describe, expect, it } from 'vitest';
import { createTable, getCoreRowModel, type TableOptionsResolved } from '@tanstack/react-table';
import { gov2021, layoutTables, type LayoutRow, type TableLayout } from '@/domain';
import { buildColumns, headerRows } from './header-model';

function groupsOf(layout: TableLayout) {
  const options: TableOptionsResolved<LayoutRow> = {
    data: [...layout.body],
    columns: buildColumns<LayoutRow>(layout),
    getCoreRowModel: getCoreRowModel(),
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  };
  const table = createTable(options);
  table.setOptions((prev) => ({ ...prev, state: table.initialState }));
  return { rows: headerRows(table.getHeaderGroups()), leaves: table.getAllLeafColumns().length };
}

const asPrinted = (layout: TableLayout) =>
  layout.header.map((r) =>
    r.cells.map((c) => ({
      text: c.type === 'header' ? c.text : '',
      colSpan: c.colSpan,
      rowSpan: c.type === 'header' ? c.rowSpan : 1,
    })),
  );

describe('header model', () => {
  const tables = layoutTables(gov2021);

  it.each(['table3', 'table4'] as const)('reproduces the merged header of %s', (id) => {
    const { rows, leaves } = groupsOf(tables[id]);
    expect(
      rows.map((r) => r.map(({ text, colSpan, rowSpan }) => ({ text, colSpan, rowSpan }))),
    ).toEqual(asPrinted(tables[id]));
    expect(leaves).toBe(tables[id].columnCount);
  });

  it('gives table 3 the note over three label columns and 法人或其他组织 over five', () => {
    const { rows } = groupsOf(tables.table3);
    expect(rows[0]?.[0]).toMatchObject({ colSpan: 3, rowSpan: 3, col: 0 });
    expect(rows[1]?.find((c) => c.text === '法人或其他组织')).toMatchObject({ colSpan: 5, col: 4 });
    expect(rows[2]?.map((c) => c.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('draws no header for table 2 but keeps one column per grid column', () => {
    const { rows, leaves } = groupsOf(tables.table2);
    expect(rows).toEqual([]);
    expect(leaves).toBe(tables.table2.columnCount);
  });
});
