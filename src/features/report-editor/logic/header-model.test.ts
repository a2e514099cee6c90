import { describe, expect, it } from 'vitest';
import { gov2021, layoutTables, type TableLayout } from '@/domain';
import { headerRows } from './header-model';

/** The header rows of `layout`, and the grid columns they cover (each row must cover all). */
function groupsOf(layout: TableLayout) {
  const rows = headerRows(layout);
  const covered = Array.from({ length: rows.length }, () => new Set<number>());
  rows.forEach((row, r) =>
    row.forEach((c) => {
      for (let y = r; y < r + c.rowSpan; y += 1)
        for (let x = c.col; x < c.col + c.colSpan; x += 1) covered[y]?.add(x);
    }),
  );
  return { rows, covered: covered.map((s) => s.size) };
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
    const { rows, covered } = groupsOf(tables[id]);
    expect(
      rows.map((r) => r.map(({ text, colSpan, rowSpan }) => ({ text, colSpan, rowSpan }))),
    ).toEqual(asPrinted(tables[id]));
    // Every header row spans the whole grid, once: no gap, no cell drawn over another.
    expect(covered).toEqual(rows.map(() => tables[id].columnCount));
    const cells = rows.flat();
    expect(cells.reduce((n, c) => n + c.colSpan * c.rowSpan, 0)).toBe(
      rows.length * tables[id].columnCount,
    );
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

  it('draws no header for table 2', () => {
    expect(groupsOf(tables.table2).rows).toEqual([]);
  });
});
