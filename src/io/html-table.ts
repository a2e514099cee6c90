// Tables 2–4 as real HTML tables, straight from the domain's printed layout: merged cells come from
// the layout's colSpan/rowSpan, values from the document, totals from computeTotals (never stored).
import {
  formatCellValue,
  getCell,
  type LayoutCell,
  type LayoutRow,
  type ReportDocument,
  type TableLayout,
  type Totals,
} from '../domain';
import { escapeHtml } from './escape-html';

// Column widths live in print-css.ts, keyed by these classes.
const TABLE_CLASS: Readonly<Record<TableLayout['id'], string>> = {
  table2: 't2',
  table3: 't3',
  table4: 't4',
};

function spans(colSpan: number, rowSpan = 1): string {
  return (
    (colSpan > 1 ? ` colspan="${colSpan}"` : '') + (rowSpan > 1 ? ` rowspan="${rowSpan}"` : '')
  );
}

function renderCell(cell: LayoutCell, doc: ReportDocument, totals: Totals): string {
  switch (cell.type) {
    case 'header':
      return `<th${spans(cell.colSpan, cell.rowSpan)}>${escapeHtml(cell.text)}</th>`;
    case 'label':
      return `<th scope="row" class="label"${spans(cell.colSpan, cell.rowSpan)}>${escapeHtml(cell.text)}</th>`;
    case 'input': {
      const value = formatCellValue(getCell(doc, cell.path));
      return `<td class="num" data-field="${escapeHtml(cell.path)}"${spans(cell.colSpan)}>${escapeHtml(value)}</td>`;
    }
    case 'computed': {
      const value = formatCellValue(totals[cell.path] ?? null);
      return `<td class="num computed" data-computed="${escapeHtml(cell.path)}"${spans(cell.colSpan)}>${escapeHtml(value)}</td>`;
    }
  }
}

function renderRow(row: LayoutRow, doc: ReportDocument, totals: Totals): string {
  // A row that opens a rowspan may break inside (trap 1), so it is marked for the stylesheet.
  const opensSpan = row.cells.some((c) => 'rowSpan' in c && c.rowSpan > 1);
  const classes = [opensSpan ? 'span-start' : '', row.role === 'caption' ? 'caption' : '']
    .filter(Boolean)
    .join(' ');
  const cls = classes ? ` class="${classes}"` : '';
  return `<tr${cls}>${row.cells.map((c) => renderCell(c, doc, totals)).join('')}</tr>`;
}

/** One laid-out table as `<table>` with `<colgroup>`, a repeating `<thead>` and `<tbody>`. */
export function renderTable(layout: TableLayout, doc: ReportDocument, totals: Totals): string {
  const rows = (list: readonly LayoutRow[]) =>
    list.map((r) => renderRow(r, doc, totals)).join('\n');
  const cols = '<col>'.repeat(layout.columnCount);
  const head = layout.header.length > 0 ? `<thead>\n${rows(layout.header)}\n</thead>\n` : '';
  return [
    `<table class="${TABLE_CLASS[layout.id]}" data-table="${layout.id}">`,
    `<colgroup>${cols}</colgroup>`,
    `${head}<tbody>\n${rows(layout.body)}\n</tbody>`,
    '</table>',
  ].join('\n');
}
