import type { CellKind, NarrativeDef, TemplateDef, Table3RowDef } from './types';

/** An input cell of a table, with its field path and the labels that name it. */
export type InputCell = {
  readonly path: string;
  readonly kind: CellKind;
  /** Section key (proactive, requests, appeals). */
  readonly section: string;
  readonly rowLabel: string;
  readonly columnLabel: string;
};

/** A computed cell: its path and the input (or computed) paths it sums. */
export type ComputedCell = {
  readonly path: string;
  readonly section: string;
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly parts: readonly string[];
};

/** A row of table 3 flattened in print order, with the labels of the groups above it. */
export type FlatTable3Row = {
  readonly type: 'input' | 'computed';
  /** Path of the row under `requests`, e.g. `denied.stateSecret`. */
  readonly key: string;
  readonly label: string;
  /** Labels of the enclosing groups, outermost first. */
  readonly groups: readonly string[];
  /** Keys of enclosing groups (null for 三、本年度办理结果). */
  readonly groupKeys: readonly (string | null)[];
};

function flattenRows(
  rows: readonly Table3RowDef[],
  groups: string[],
  keys: (string | null)[],
): FlatTable3Row[] {
  return rows.flatMap((row): FlatTable3Row[] => {
    if (row.type === 'group') {
      return flattenRows(row.children, [...groups, row.label], [...keys, row.key]);
    }
    const prefix = keys.filter((k): k is string => k !== null);
    return [
      {
        type: row.type,
        key: [...prefix, row.key].join('.'),
        label: row.label,
        groups,
        groupKeys: keys,
      },
    ];
  });
}

/** Table 3 rows in print order (input rows and the computed （七）总计). */
export function listTable3Rows(t: TemplateDef): FlatTable3Row[] {
  return flattenRows(t.table3.rows, [], []);
}

/** The table-3 rows whose sum is （七）总计: every input row inside 三、本年度办理结果. */
export function listResultRows(t: TemplateDef): FlatTable3Row[] {
  return listTable3Rows(t).filter((r) => r.type === 'input' && r.groups.length > 0);
}

/** Key of the computed （七）总计 row. */
export function resultsTotalKey(t: TemplateDef): string {
  const row = listTable3Rows(t).find((r) => r.type === 'computed');
  if (!row) throw new Error('template has no computed results row');
  return row.key;
}

function table2Cells(t: TemplateDef): InputCell[] {
  return t.table2.blocks.flatMap((block) =>
    block.rows.flatMap((row) =>
      block.columns.map((col) => ({
        path: col.key === null ? `proactive.${row.key}` : `proactive.${row.key}.${col.key}`,
        kind: block.kind,
        section: 'proactive',
        rowLabel: row.label,
        columnLabel: col.label,
      })),
    ),
  );
}

function table3Cells(t: TemplateDef): InputCell[] {
  return listTable3Rows(t)
    .filter((r) => r.type === 'input')
    .flatMap((row) =>
      t.table3.columns.map((col) => ({
        path: `requests.${row.key}.${col.key}`,
        kind: 'count' as const,
        section: 'requests',
        rowLabel: row.label,
        columnLabel: col.label,
      })),
    );
}

function table4Cells(t: TemplateDef): InputCell[] {
  return t.table4.groups.flatMap((g) =>
    t.table4.outcomes.map((o) => ({
      path: `appeals.${g.key}.${o.key}`,
      kind: 'count' as const,
      section: 'appeals',
      rowLabel: g.label,
      columnLabel: o.label,
    })),
  );
}

/** Every input cell of tables 2, 3 and 4, in print order. */
export function listInputCells(t: TemplateDef): InputCell[] {
  return [...table2Cells(t), ...table3Cells(t), ...table4Cells(t)];
}

/** Every computed cell, in an order where each cell comes after its parts. */
export function listComputedCells(t: TemplateDef): ComputedCell[] {
  const applicants = t.table3.columns;
  const total = t.table3.total;
  const results = listResultRows(t);
  const rowTotal = (row: FlatTable3Row): ComputedCell => ({
    path: `requests.${row.key}.${total.key}`,
    section: 'requests',
    rowLabel: row.label,
    columnLabel: total.label,
    parts: applicants.map((c) => `requests.${row.key}.${c.key}`),
  });
  const t3 = listTable3Rows(t).flatMap((row): ComputedCell[] => {
    if (row.type === 'input') return [rowTotal(row)];
    const columnSums = applicants.map((c) => ({
      path: `requests.${row.key}.${c.key}`,
      section: 'requests',
      rowLabel: row.label,
      columnLabel: c.label,
      parts: results.map((r) => `requests.${r.key}.${c.key}`),
    }));
    return [...columnSums, rowTotal(row)];
  });
  const t4 = t.table4.groups.map((g) => ({
    path: `appeals.${g.key}.${t.table4.total.key}`,
    section: 'appeals',
    rowLabel: g.label,
    columnLabel: t.table4.total.label,
    parts: t.table4.outcomes.map((o) => `appeals.${g.key}.${o.key}`),
  }));
  return [...t3, ...t4];
}

/** Every narrative field, in print order. */
export function listNarratives(t: TemplateDef): NarrativeDef[] {
  return t.sections.flatMap((s) => s.narratives);
}
