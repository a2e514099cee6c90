import type { CellKind, LayoutCell, TableLayout } from '@/domain';

/** A value cell of a laid-out table with its place in the visual grid of body rows. */
export type GridCell = {
  readonly type: 'input' | 'computed';
  readonly path: string;
  readonly name: string;
  readonly kind: CellKind;
  /** Index of the body row (caption rows included). */
  readonly row: number;
  /** First grid column the cell covers. */
  readonly col: number;
  readonly colSpan: number;
};

/** A body cell of any type placed in the grid. */
export type PlacedCell = {
  readonly cell: LayoutCell;
  readonly col: number;
  readonly colSpan: number;
};

/** The body of a table as a grid: where every value cell is, by path and by position. */
export type GridModel = {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Placed cells per body row (label cells too), in order. */
  readonly rows: readonly (readonly PlacedCell[])[];
  /** Value cells in reading order. */
  readonly cells: readonly GridCell[];
  readonly byPath: ReadonlyMap<string, GridCell>;
  /** Rows holding value cells (input or computed), in order: the rows a pasted block covers. */
  readonly dataRows: readonly number[];
};

function placeRows(layout: TableLayout): PlacedCell[][] {
  const covered: number[] = new Array<number>(layout.columnCount).fill(0);
  return layout.body.map((row) => {
    const placed: PlacedCell[] = [];
    let col = 0;
    for (const cell of row.cells) {
      while ((covered[col] ?? 0) > 0) col += 1;
      placed.push({ cell, col, colSpan: cell.colSpan });
      const rowSpan = cell.type === 'header' || cell.type === 'label' ? cell.rowSpan : 1;
      for (let c = col; c < col + cell.colSpan; c += 1) covered[c] = rowSpan;
      col += cell.colSpan;
    }
    for (let c = 0; c < covered.length; c += 1) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return placed;
  });
}

/** Builds the grid model of a table layout. */
export function buildGridModel(layout: TableLayout): GridModel {
  const rows = placeRows(layout);
  const cells: GridCell[] = rows.flatMap((placed, row) =>
    placed.flatMap(({ cell, col, colSpan }): GridCell[] => {
      if (cell.type === 'input') {
        return [
          { type: 'input', path: cell.path, name: cell.name, kind: cell.kind, row, col, colSpan },
        ];
      }
      if (cell.type === 'computed') {
        return [
          { type: 'computed', path: cell.path, name: cell.name, kind: 'count', row, col, colSpan },
        ];
      }
      return [];
    }),
  );
  const dataRows = [...new Set(cells.map((c) => c.row))];
  return {
    rowCount: rows.length,
    columnCount: layout.columnCount,
    rows,
    cells,
    byPath: new Map(cells.map((c) => [c.path, c])),
    dataRows,
  };
}

/** The value cell covering grid column `col` of body row `row`, if any. */
export function cellAt(model: GridModel, row: number, col: number): GridCell | undefined {
  return model.cells.find((c) => c.row === row && c.col <= col && col < c.col + c.colSpan);
}

/** Input cells in reading order. */
export function inputCells(model: GridModel): GridCell[] {
  return model.cells.filter((c) => c.type === 'input');
}
