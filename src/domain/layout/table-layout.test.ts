import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import { listComputedCells, listInputCells } from '../template/cells';
import { layoutTables, type TableLayout } from './table-layout';

const width = (row: TableLayout['body'][number], covered: number) =>
  row.cells.reduce((n, c) => n + c.colSpan, 0) + covered;

describe('table layouts', () => {
  const tables = Object.values(layoutTables(gov2021));

  it('place every input cell exactly once and every computed cell exactly once', () => {
    const cells = tables.flatMap((t) => [...t.header, ...t.body].flatMap((r) => r.cells));
    const inputs = cells.flatMap((c) => (c.type === 'input' ? [c.path] : []));
    const computed = cells.flatMap((c) => (c.type === 'computed' ? [c.path] : []));
    expect(inputs.sort()).toEqual(
      listInputCells(gov2021)
        .map((c) => c.path)
        .sort(),
    );
    expect(computed.sort()).toEqual(
      listComputedCells(gov2021)
        .map((c) => c.path)
        .sort(),
    );
  });

  it('fill every row of table 3 to its full width once row spans are counted', () => {
    const t3 = layoutTables(gov2021).table3;
    const open: number[] = []; // remaining rows of each open row span
    for (const row of t3.body) {
      const covered = open.filter((n) => n > 0).length;
      expect(width(row, covered)).toBe(t3.columnCount);
      for (let i = 0; i < open.length; i++) open[i] = (open[i] ?? 0) - 1;
      for (const c of row.cells) if (c.type === 'label' && c.rowSpan > 1) open.push(c.rowSpan - 1);
    }
    expect(t3.columnCount).toBe(10);
  });

  it('prints table 3 group labels with the spans of the official table', () => {
    const t3 = layoutTables(gov2021).table3;
    const spans = t3.body.flatMap((r) =>
      r.cells.flatMap((c) => (c.type === 'label' && c.rowSpan > 1 ? [[c.text, c.rowSpan]] : [])),
    );
    expect(spans).toEqual([
      ['三、本年度办理结果', 22],
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
      ['（六）其他处理', 3],
    ]);
  });

  it('gives table 4 its 15 columns under 行政复议 and 行政诉讼', () => {
    const t4 = layoutTables(gov2021).table4;
    expect(t4.columnCount).toBe(15);
    expect(
      t4.header[0]?.cells.map((c) => (c.type === 'header' ? [c.text, c.colSpan] : [])),
    ).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
  });
});
