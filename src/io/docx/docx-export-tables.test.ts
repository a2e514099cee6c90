import { describe, expect, it } from 'vitest';
import {
  computeTotals,
  formatCellValue,
  getCell,
  gov2021,
  layoutTables,
  listInputCells,
  sample2021,
  setAtPath,
  type LayoutCell,
  type ReportDocument,
  type TableLayout,
} from '../../domain';
import { exportDocx } from './docx-export';
import { placeOnGrid } from './docx-export-grid';
import {
  all,
  attrOf,
  childrenNamed,
  isOn,
  parseXml,
  textOf,
  unzipDocx,
  type XmlEl,
} from './docx-export-testing';

// Every input cell gets its own value (1, 2, 3, …) so a misplaced value cannot go unnoticed.
const distinct = listInputCells(gov2021).reduce(
  (doc, cell, i) => setAtPath(doc, cell.path, cell.kind === 'amount' ? 12.345678 : i + 1),
  sample2021,
);
const layouts = layoutTables(gov2021);
const order = ['table2', 'table3', 'table4'] as const;

async function wordTables(doc: ReportDocument): Promise<{ tables: XmlEl[]; pageXml: XmlEl }> {
  const xml = parseXml(unzipDocx(await exportDocx(gov2021, doc)).get('word/document.xml'));
  return { tables: all(xml, 'w:tbl'), pageXml: all(xml, 'w:sectPr')[0] as XmlEl };
}

type Spanned = { text: string; colSpan: number; rowSpan: number };

/**
 * Reads a Word table back as HTML-like rows: gridSpan gives colSpan, and a vMerge restart cell
 * gets one more rowSpan for each continuation cell found below it at the same grid column.
 */
function readSpans(tbl: XmlEl): Spanned[][] {
  const open = new Map<number, Spanned>();
  return childrenNamed(tbl, 'w:tr').map((tr) => {
    let column = 0;
    const cells: Spanned[] = [];
    for (const tc of childrenNamed(tr, 'w:tc')) {
      const colSpan = Number(attrOf(tc, 'w:gridSpan', 'w:val') ?? 1);
      const merge = all(tc, 'w:vMerge')[0];
      const restart = merge?.attribs['w:val'] === 'restart';
      if (merge && !restart) {
        const above = open.get(column);
        if (!above) throw new Error(`continuation without a merge at column ${column}`);
        above.rowSpan += 1;
        expect(textOf(tc)).toBe('');
      } else {
        const cell = { text: textOf(tc), colSpan, rowSpan: 1 };
        if (restart) open.set(column, cell);
        cells.push(cell);
      }
      column += colSpan;
    }
    return cells;
  });
}

function expected(layout: TableLayout, doc: ReportDocument): Spanned[][] {
  const totals = computeTotals(gov2021, doc);
  const text = (c: LayoutCell): string =>
    c.type === 'input'
      ? formatCellValue(getCell(doc, c.path))
      : c.type === 'computed'
        ? formatCellValue(totals[c.path] ?? null)
        : c.text;
  return [...layout.header, ...layout.body].map((row) =>
    row.cells.map((c) => ({
      text: text(c),
      colSpan: c.colSpan,
      rowSpan: 'rowSpan' in c ? c.rowSpan : 1,
    })),
  );
}

describe('exportDocx: the three tables', () => {
  it('are real Word tables with the official merges, every value and computed total in its cell', async () => {
    const { tables } = await wordTables(distinct);
    expect(tables).toHaveLength(3);
    order.forEach((id, i) => {
      expect(readSpans(tables[i] as XmlEl), id).toEqual(expected(layouts[id], distinct));
    });
    // The merges the official tables are known for are there (not only "whatever the layout says").
    const t3 = readSpans(tables[1] as XmlEl);
    expect(t3[0]?.[0]).toMatchObject({ rowSpan: 3, colSpan: gov2021.table3.labelLevels });
    expect(t3.flat().find((c) => c.text === '三、本年度办理结果')?.rowSpan).toBeGreaterThan(20);
  });

  it('leaves blank cells blank, not 0, and fills totals', async () => {
    const doc = setAtPath(
      setAtPath(distinct, 'requests.newReceived.natural', null),
      'appeals.reconsideration.upheld',
      null,
    );
    const { tables } = await wordTables(doc);
    const t3 = expected(layouts.table3, doc);
    expect(readSpans(tables[1] as XmlEl)).toEqual(t3);
    expect(t3.flat().filter((c) => c.text === '').length).toBeGreaterThan(0);
    expect(readSpans(tables[2] as XmlEl)).toEqual(expected(layouts.table4, doc));
  });

  it('repeat their header rows on every page, never split a row, and keep table-2 captions with their rows', async () => {
    const { tables } = await wordTables(sample2021);
    order.forEach((id, i) => {
      const rows = childrenNamed(tables[i] as XmlEl, 'w:tr');
      const header = rows.map((r) => isOn(r, 'w:tblHeader'));
      const headerCount = layouts[id].header.length;
      expect(header, id).toEqual(rows.map((_, r) => r < headerCount));
      for (const r of rows) expect(isOn(r, 'w:cantSplit'), id).toBe(true);
    });
    const t2 = childrenNamed(tables[0] as XmlEl, 'w:tr');
    const all2 = [...layouts.table2.header, ...layouts.table2.body];
    all2.forEach((row, r) => {
      const kept = isOn(t2[r] as XmlEl, 'w:keepNext');
      expect(kept, row.key).toBe(row.role === 'caption');
    });
  });

  it('have fixed layouts whose columns add up to the 版心, label columns as printed', async () => {
    const { tables, pageXml } = await wordTables(sample2021);
    const page = Number(attrOf(pageXml, 'w:pgSz', 'w:w'));
    const textWidth =
      page -
      Number(attrOf(pageXml, 'w:pgMar', 'w:left')) -
      Number(attrOf(pageXml, 'w:pgMar', 'w:right'));
    const mm = (twips: number) => (twips * 25.4) / 1440;
    expect(mm(textWidth)).toBeCloseTo(156, 0);
    const widths = tables.map((tbl) => {
      expect(attrOf(tbl, 'w:tblLayout', 'w:type')).toBe('fixed');
      expect(Number(attrOf(tbl, 'w:tblW', 'w:w'))).toBe(textWidth);
      const cols = all(tbl, 'w:gridCol').map((c) => Number(c.attribs['w:w']));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(textWidth);
      return cols;
    });
    order.forEach((id, i) => expect(widths[i], id).toHaveLength(layouts[id].columnCount));
    // Table 3: 13 + 17 + 50 mm of labels (design.md, trap 2), then equal value columns.
    const [a, b, c, ...values] = widths[1] ?? [];
    expect([a, b, c].map((w) => Math.round(mm(w ?? 0)))).toEqual([13, 17, 50]);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    // Table 4: 15 equal columns fit portrait (design.md).
    const t4 = widths[2] ?? [];
    expect(Math.max(...t4) - Math.min(...t4)).toBeLessThanOrEqual(1);
  });
});

describe('placeOnGrid', () => {
  it('covers every grid column of every row exactly once, continuations included', () => {
    for (const id of order) {
      for (const row of placeOnGrid(layouts[id])) {
        const width = row.cells.reduce(
          (sum, c) => sum + (c.kind === 'continue' ? c.colSpan : c.cell.colSpan),
          0,
        );
        expect(width, `${id} ${row.row.key}`).toBe(layouts[id].columnCount);
      }
    }
  });
});
