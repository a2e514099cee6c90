import type { AppealGroupDef, NarrativeDef, SectionDef, TemplateDef } from '../template/types';
import { listInputCells, listTable3Rows, resultsTotalKey, type InputCell } from '../template/cells';
import { memoByTemplate } from '../template/memo';
import { computedCells } from '../compute/totals';
import { getAtPath, type ReportDocument } from '../report/document';

// Where the rules find their cells. Everything is derived from the template's structure, so the
// rules never restate a label or a path of the 2021 format.

/** A table-3 row: its key under the table-3 section and its printed label. */
export type RowRef = { readonly key: string; readonly label: string };

/**
 * The four items of the table-3 note 「第一项加第二项之和，等于第三项加第四项之和」: the
 * top-level rows 一 and 二, the （七）总计 row that sums 三, and 四.
 */
export type BalanceItems = {
  readonly received: RowRef;
  readonly carriedOver: RowRef;
  readonly results: RowRef;
  readonly carriedForward: RowRef;
};

/** The input cells in print order, built once per template (the rules walk them on every check). */
export const inputCells: (t: TemplateDef) => readonly InputCell[] = memoByTemplate(listInputCells);

/** Input cell path → its index in print order (the unit order of rule `value`). */
export const cellUnits = memoByTemplate(
  (t: TemplateDef): ReadonlyMap<string, number> =>
    new Map(inputCells(t).map((cell, i) => [cell.path, i])),
);

/** The key of the section that holds the given table (e.g. table3 → requests). */
export function sectionKeyOf(t: TemplateDef, content: SectionDef['content']): string {
  const section = t.sections.find((s) => s.content === content);
  if (!section) throw new Error(`template has no ${content} section`);
  return section.key;
}

/** The section definition for a section key (undefined for `meta`). */
export function findSection(t: TemplateDef, key: string): SectionDef | undefined {
  return t.sections.find((s) => s.key === key);
}

/** The four items of the table-3 勾稽关系, read from the top level of table 3 in print order. */
export function balanceItems(t: TemplateDef): BalanceItems {
  const flat = listTable3Rows(t);
  const resultsKey = resultsTotalKey(t);
  const results = flat.find((r) => r.key === resultsKey);
  // 三、本年度办理结果 is the only top-level group; its figure is its （七）总计 row.
  const items = t.table3.rows.map((row): RowRef | undefined =>
    row.type === 'group' ? results : { key: row.key, label: row.label },
  );
  const [received, carriedOver, third, carriedForward] = items;
  if (items.length !== 4 || !received || !carriedOver || !third || !carriedForward) {
    throw new Error('template table 3 does not have the four items of the 勾稽关系');
  }
  return { received, carriedOver, results: third, carriedForward };
}

/** The table-3 columns: the six applicant columns, then the computed 总计. */
export function table3Columns(t: TemplateDef): readonly { key: string; label: string }[] {
  return [...t.table3.columns, t.table3.total];
}

/** Path of a table-3 cell. */
export function table3Path(t: TemplateDef, rowKey: string, columnKey: string): string {
  return `${sectionKeyOf(t, 'table3')}.${rowKey}.${columnKey}`;
}

/** Paths of the input cells a table-3 cell stands for (itself, or the six parts of a 总计). */
export function table3Parts(t: TemplateDef, rowKey: string, columnKey: string): string[] {
  if (columnKey !== t.table3.total.key) return [table3Path(t, rowKey, columnKey)];
  return t.table3.columns.map((c) => table3Path(t, rowKey, c.key));
}

/** Path of the computed 总计 of a table-4 group. */
export function appealTotalPath(t: TemplateDef, group: AppealGroupDef): string {
  return `${sectionKeyOf(t, 'table4')}.${group.key}.${t.table4.total.key}`;
}

/** Input paths of a table-4 group (the outcomes that its 总计 sums). */
export function appealParts(t: TemplateDef, group: AppealGroupDef): string[] {
  const section = sectionKeyOf(t, 'table4');
  return t.table4.outcomes.map((o) => `${section}.${group.key}.${o.key}`);
}

/** Table 4 split into 行政复议 (the group without a parent header) and 行政诉讼 (its two groups). */
export function appealGroups(t: TemplateDef): {
  reconsideration: AppealGroupDef;
  litigation: readonly AppealGroupDef[];
  litigationLabel: string;
} {
  const reconsideration = t.table4.groups.find((g) => g.parent === undefined);
  const litigation = t.table4.groups.filter((g) => g.parent !== undefined);
  const litigationLabel = litigation[0]?.parent;
  if (!reconsideration || litigationLabel === undefined) {
    throw new Error('template table 4 has no 行政复议 or 行政诉讼 group');
  }
  return { reconsideration, litigation, litigationLabel };
}

/** The narrative of 六、其他需要报告的事项: the last section of the 2021 format. */
export function otherMattersNarrative(t: TemplateDef): {
  section: SectionDef;
  narrative: NarrativeDef;
} {
  const section = t.sections.at(-1);
  const narrative = section?.narratives[0];
  if (!section || !narrative) throw new Error('template has no closing narrative section');
  return { section, narrative };
}

/**
 * True when a cell counts as blank: `null`, or missing from an untrusted document (a missing
 * cell is as unfilled as a blank one; its absence is the importer's and the schema's business).
 */
export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined;
}

/** True when every one of the cells is blank. */
export function allBlank(doc: ReportDocument, paths: readonly string[]): boolean {
  return paths.every((p) => isBlankValue(getAtPath(doc, p)));
}

/** The input paths behind cells: an input cell stands for itself, a total for all its parts. */
export function inputsOf(t: TemplateDef, paths: readonly string[]): string[] {
  const parts = new Map(computedCells(t).map((c) => [c.path, c.parts]));
  const out = new Set<string>();
  const visit = (p: string): void => {
    const of = parts.get(p);
    if (of) of.forEach(visit);
    else out.add(p);
  };
  paths.forEach(visit);
  return [...out];
}
