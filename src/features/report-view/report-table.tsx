import type { LayoutCell, LayoutRow } from '@/domain';
import type { TableModel } from './report-view-model';

type CellProps = {
  readonly cell: LayoutCell;
  readonly inHead: boolean;
  readonly values: TableModel['values'];
};

function headerScope(cell: { colSpan: number }): 'col' | 'colgroup' {
  return cell.colSpan > 1 ? 'colgroup' : 'col';
}

type HeadingCell = Extract<LayoutCell, { type: 'header' | 'label' }>;
type ValueCell = Extract<LayoutCell, { type: 'input' | 'computed' }>;

/** A column header (in the head, or heading a block of the body) or a row label. */
function headingCell(cell: HeadingCell, inHead: boolean) {
  if (cell.type === 'header') {
    return (
      <th
        scope={headerScope(cell)}
        colSpan={cell.colSpan}
        rowSpan={cell.rowSpan}
        className={inHead ? undefined : 'block-header'}
      >
        {cell.text}
      </th>
    );
  }
  return (
    <th
      scope={cell.rowSpan > 1 ? 'rowgroup' : 'row'}
      colSpan={cell.colSpan}
      rowSpan={cell.rowSpan}
      className="row-label"
    >
      {cell.text}
    </th>
  );
}

/** A value: a stored field's, or a computed total's. */
function valueCell(cell: ValueCell, values: TableModel['values']) {
  if (cell.type === 'input') {
    return (
      <td colSpan={cell.colSpan} data-field={cell.path} title={cell.name} className="value">
        {values[cell.path]}
      </td>
    );
  }
  return (
    <td
      colSpan={cell.colSpan}
      data-computed={cell.path}
      title={cell.name}
      className="value computed"
    >
      {values[cell.path]}
    </td>
  );
}

function TableCell({ cell, inHead, values }: CellProps) {
  return cell.type === 'header' || cell.type === 'label'
    ? headingCell(cell, inHead)
    : valueCell(cell, values);
}

function opensRowSpan(row: LayoutRow): boolean {
  return row.cells.some((c) => c.type !== 'input' && c.type !== 'computed' && c.rowSpan > 1);
}

function TableRow({ row, inHead, values }: Omit<CellProps, 'cell'> & { readonly row: LayoutRow }) {
  // `span-start` rows open a row span; print CSS must not forbid breaks inside them.
  const className = [
    row.role === 'caption' ? 'block-row' : '',
    opensRowSpan(row) ? 'span-start' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={className || undefined}>
      {row.cells.map((cell, i) => (
        <TableCell key={`${row.key}-${i}`} cell={cell} inHead={inHead} values={values} />
      ))}
    </tr>
  );
}

/** One of the official tables (二、三、四), read-only, with merged header and label cells. */
export function ReportTable({ table }: { readonly table: TableModel }) {
  const { layout, caption, values } = table;
  return (
    <div className={`report-table-wrap report-${layout.id}`}>
      <table className="report-table" data-table={layout.id}>
        <caption className="visually-hidden">{caption}</caption>
        {layout.header.length > 0 && (
          <thead>
            {layout.header.map((row) => (
              <TableRow key={row.key} row={row} inHead values={values} />
            ))}
          </thead>
        )}
        <tbody>
          {layout.body.map((row) => (
            <TableRow key={row.key} row={row} inHead={false} values={values} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
