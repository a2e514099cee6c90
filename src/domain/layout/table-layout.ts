import type { CellKind, TemplateDef } from '../template/types';
import { listInputCells, listTable3Rows, type FlatTable3Row } from '../template/cells';

/** A cell of a laid-out table, as printed: header text, a row label, an input or a computed cell. */
export type LayoutCell =
  | {
      readonly type: 'header';
      readonly text: string;
      readonly colSpan: number;
      readonly rowSpan: number;
    }
  | {
      readonly type: 'label';
      readonly text: string;
      readonly colSpan: number;
      readonly rowSpan: number;
    }
  | {
      readonly type: 'input';
      readonly path: string;
      readonly kind: CellKind;
      readonly colSpan: number;
      /** Accessible name: row and column labels, e.g. 「行政许可 · 本年处理决定数量」. */
      readonly name: string;
    }
  | {
      readonly type: 'computed';
      readonly path: string;
      readonly colSpan: number;
      readonly name: string;
    };

/** A row of a laid-out table. Header rows repeat on every printed page. */
export type LayoutRow = {
  readonly key: string;
  readonly role: 'header' | 'caption' | 'body';
  readonly cells: readonly LayoutCell[];
};

/** A table laid out like the official printed table, with merged cells as colSpan/rowSpan. */
export type TableLayout = {
  readonly id: 'table2' | 'table3' | 'table4';
  readonly columnCount: number;
  readonly header: readonly LayoutRow[];
  readonly body: readonly LayoutRow[];
};

const header = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({
  type: 'header',
  text,
  colSpan,
  rowSpan,
});

function inputName(t: TemplateDef): Map<string, string> {
  return new Map(listInputCells(t).map((c) => [c.path, `${c.rowLabel} · ${c.columnLabel}`]));
}

/** Table 2 (主动公开): four blocks, each a caption row, a column-header row and its rows. */
export function layoutTable2(t: TemplateDef): TableLayout {
  const names = inputName(t);
  const width = 1 + Math.max(...t.table2.blocks.map((b) => b.columns.length));
  const body = t.table2.blocks.flatMap((block, i): LayoutRow[] => {
    const span = block.columns.length === 1 ? width - 1 : 1;
    const cols = block.columns.map((c) => header(c.label, span));
    const rows = block.rows.map((row) => ({
      key: `proactive.${row.key}`,
      role: 'body' as const,
      cells: [
        { type: 'label', text: row.label, colSpan: 1, rowSpan: 1 } as const,
        ...block.columns.map((c): LayoutCell => {
          const path = c.key === null ? `proactive.${row.key}` : `proactive.${row.key}.${c.key}`;
          return {
            type: 'input',
            path,
            kind: block.kind,
            colSpan: span,
            name: names.get(path) ?? path,
          };
        }),
      ],
    }));
    return [
      { key: `caption-${i}`, role: 'caption', cells: [header(block.caption, width)] },
      { key: `columns-${i}`, role: 'caption', cells: [header(t.table2.itemHeader), ...cols] },
      ...rows,
    ];
  });
  return { id: 'table2', columnCount: width, header: [], body };
}

function table3Header(t: TemplateDef): LayoutRow[] {
  const { columns, total, note, applicantHeader, labelLevels } = t.table3;
  const top: LayoutCell[] = [
    header(note, labelLevels, 3),
    header(applicantHeader, columns.length + 1),
  ];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) return void middle.push(header(c.label, 1, 2));
    bottom.push(header(c.label));
    // A group header is emitted once, above its first column.
    if (columns[i - 1]?.group !== c.group) {
      middle.push(header(c.group, columns.filter((x) => x.group === c.group).length));
    }
  });
  middle.push(header(total.label, 1, 2));
  return [
    { key: 'h1', role: 'header', cells: top },
    { key: 'h2', role: 'header', cells: middle },
    { key: 'h3', role: 'header', cells: bottom },
  ];
}

function groupLabels(rows: readonly FlatTable3Row[], index: number): LayoutCell[] {
  const row = rows[index];
  if (!row) return [];
  return row.groups.flatMap((label, depth): LayoutCell[] => {
    // A group's label cell opens at its first row and spans every row of the group.
    if (rows[index - 1]?.groups[depth] === label) return [];
    let span = 0;
    while (rows[index + span]?.groups[depth] === label) span += 1;
    return [{ type: 'label', text: label, colSpan: 1, rowSpan: span }];
  });
}

/** Table 3 (申请情况) with the three header rows and the three-level row labels. */
export function layoutTable3(t: TemplateDef): TableLayout {
  const rows = listTable3Rows(t);
  const names = inputName(t);
  const cols = [...t.table3.columns, t.table3.total];
  const body = rows.map((row, i): LayoutRow => {
    const own: LayoutCell = {
      type: 'label',
      text: row.label,
      colSpan: t.table3.labelLevels - row.groups.length,
      rowSpan: 1,
    };
    const values = cols.map((c): LayoutCell => {
      const path = `requests.${row.key}.${c.key}`;
      const computed = row.type === 'computed' || c.key === t.table3.total.key;
      const name = `${row.label} · ${c.label}`;
      return computed
        ? { type: 'computed', path, colSpan: 1, name }
        : { type: 'input', path, kind: 'count', colSpan: 1, name: names.get(path) ?? name };
    });
    return {
      key: `requests.${row.key}`,
      role: 'body',
      cells: [...groupLabels(rows, i), own, ...values],
    };
  });
  return {
    id: 'table3',
    columnCount: t.table3.labelLevels + cols.length,
    header: table3Header(t),
    body,
  };
}

function table4Header(t: TemplateDef): LayoutRow[] {
  const { groups, outcomes, total } = t.table4;
  const labels = [...outcomes, total];
  const top: LayoutCell[] = [];
  const middle: LayoutCell[] = [];
  const bottom: LayoutCell[] = [];
  groups.forEach((g, i) => {
    if (!g.parent) {
      top.push(header(g.label, labels.length));
      labels.forEach((o) => middle.push(header(o.label, 1, 2)));
      return;
    }
    if (groups[i - 1]?.parent !== g.parent) {
      top.push(
        header(g.parent, labels.length * groups.filter((x) => x.parent === g.parent).length),
      );
    }
    middle.push(header(g.label, labels.length));
    labels.forEach((o) => bottom.push(header(o.label)));
  });
  return [
    { key: 'h1', role: 'header', cells: top },
    { key: 'h2', role: 'header', cells: middle },
    { key: 'h3', role: 'header', cells: bottom },
  ];
}

/** Table 4 (复议、诉讼): the two-level header over one line of 15 cells. */
export function layoutTable4(t: TemplateDef): TableLayout {
  const names = inputName(t);
  const { groups, outcomes, total } = t.table4;
  const cells = groups.flatMap((g): LayoutCell[] => [
    ...outcomes.map((o): LayoutCell => {
      const path = `appeals.${g.key}.${o.key}`;
      return { type: 'input', path, kind: 'count', colSpan: 1, name: names.get(path) ?? path };
    }),
    {
      type: 'computed',
      path: `appeals.${g.key}.${total.key}`,
      colSpan: 1,
      name: `${g.label} · ${total.label}`,
    },
  ]);
  return {
    id: 'table4',
    columnCount: cells.length,
    header: table4Header(t),
    body: [{ key: 'appeals', role: 'body', cells }],
  };
}

/** The three tables of the report, laid out as printed. */
export function layoutTables(t: TemplateDef): Record<'table2' | 'table3' | 'table4', TableLayout> {
  return { table2: layoutTable2(t), table3: layoutTable3(t), table4: layoutTable4(t) };
}
