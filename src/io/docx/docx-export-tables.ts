// Tables 2–4 as real Word tables, from the domain's printed layout: merges from the layout's
// colSpan/rowSpan (docx-export-grid.ts), values from the document, totals from computeTotals.
// Fixed layout with column widths that add up to the 版心 (design.md, trap 2 and trap 4).
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import {
  formatCellValue,
  getCell,
  type LayoutCell,
  type ReportDocument,
  type TableLayout,
  type Totals,
} from '../../domain';
import { placeOnGrid, type GridCell, type GridRow } from './docx-export-grid';
import { STYLE } from './docx-export-styles';

const mm = (v: number): number => Math.round((v * 1440) / 25.4);

// The label columns' widths of the HTML copy (print-css.ts); the value columns share the rest.
const LABEL_COLUMNS_MM: Readonly<Record<TableLayout['id'], readonly number[]>> = {
  table2: [57],
  table3: [13, 17, 50],
  table4: [],
};

/** Column widths in twips: the label columns as printed, the rest equal, summing to `width`. */
export function columnWidths(layout: TableLayout, width: number): number[] {
  const labels = LABEL_COLUMNS_MM[layout.id].slice(0, layout.columnCount).map(mm);
  const valueCount = layout.columnCount - labels.length;
  const rest = width - labels.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / valueCount);
  // The twips lost to rounding go to the first value columns, one each.
  const values = Array.from(
    { length: valueCount },
    (_, i) => each + (i < rest % valueCount ? 1 : 0),
  );
  return [...labels, ...values];
}

// 0.5 pt black rules (size in eighths of a point), on the table once rather than on every cell.
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS: ITableBordersOptions = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};
// Cell padding 1 mm × 1.2 mm, as the HTML copy. Figures are centred with only 0.25 mm at the
// sides, so that a five-digit total (a 汇总 of many agencies) stays on one line in a 10.9 mm
// column of table 3, even in a fallback face with digits wider than 仿宋's half-width ones.
const MARGINS = { top: mm(1), bottom: mm(1), left: mm(1.2), right: mm(1.2) };
const FIGURE_MARGINS = { left: mm(0.25), right: mm(0.25) };

function cellText(cell: LayoutCell, doc: ReportDocument, totals: Totals): string {
  switch (cell.type) {
    case 'header':
    case 'label':
      return cell.text;
    case 'input':
      return formatCellValue(getCell(doc, cell.path));
    case 'computed':
      return formatCellValue(totals[cell.path] ?? null);
  }
}

// Options are left out where Word's default holds, which keeps the XML (and the time to write it) small.
const span = (colSpan: number) => (colSpan > 1 ? { columnSpan: colSpan } : {});

function wordCell(grid: GridCell, doc: ReportDocument, totals: Totals): TableCell {
  if (grid.kind === 'continue') {
    return new TableCell({
      ...span(grid.colSpan),
      verticalMerge: VerticalMergeType.CONTINUE,
      children: [new Paragraph({ style: STYLE.tableText })],
    });
  }
  const { cell, merge } = grid;
  const style = cell.type === 'label' ? STYLE.tableLabel : STYLE.tableText;
  const figure = cell.type === 'input' || cell.type === 'computed';
  return new TableCell({
    ...span(cell.colSpan),
    ...(figure ? { margins: FIGURE_MARGINS } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    ...(merge ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    children: [new Paragraph({ style, text: cellText(cell, doc, totals) })],
  });
}

function wordRow(grid: GridRow, doc: ReportDocument, totals: Totals): TableRow {
  const { role } = grid.row;
  return new TableRow({
    // No row is split across pages; a row spanning down (三、本年度办理结果) is merged, not tall.
    cantSplit: true,
    // Header rows repeat at the top of every page the table runs onto.
    ...(role === 'header' ? { tableHeader: true } : {}),
    // A table-2 caption stays with the rows it heads.
    ...(role === 'caption' ? { keepNext: true } : {}),
    children: grid.cells.map((c) => wordCell(c, doc, totals)),
  });
}

/** One laid-out table as a fixed-layout Word table `width` twips wide. */
export function wordTable(
  layout: TableLayout,
  doc: ReportDocument,
  totals: Totals,
  width: number,
): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: columnWidths(layout, width),
    borders: BORDERS,
    margins: MARGINS,
    rows: placeOnGrid(layout).map((r) => wordRow(r, doc, totals)),
  });
}
