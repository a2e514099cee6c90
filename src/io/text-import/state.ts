import type { TemplateDef } from '../../domain/template/types';
import {
  listComputedCells,
  listInputCells,
  type ComputedCell,
  type InputCell,
} from '../../domain/template/cells';
import { setAtPath, type ReportDocument } from '../../domain/report/document';
import { parseCellInput } from '../../domain/values/normalize';
import type { ImportIssue } from '../import-result';

// The document being built by the table readers, the issues they noticed, and the totals as
// printed (checked against the recomputed totals once every table is read).

/** Mutable import state shared by the table readers. */
export type ImportState = {
  readonly t: TemplateDef;
  doc: ReportDocument;
  readonly issues: ImportIssue[];
  /** Printed figures of computed cells present in the text (null: printed blank). */
  readonly printed: Map<string, number | null>;
  readonly inputs: ReadonlyMap<string, InputCell>;
  readonly computed: ReadonlyMap<string, ComputedCell>;
};

const TABLE_NAMES: Readonly<Record<string, string>> = {
  proactive: '表二（主动公开政府信息情况）',
  requests: '表三（收到和处理政府信息公开申请情况）',
  appeals: '表四（行政复议、行政诉讼情况）',
};

/** The name of the table a section's cells are printed in. */
export function tableName(section: string): string {
  return TABLE_NAMES[section] ?? section;
}

type Labelled = {
  readonly section: string;
  readonly rowLabel: string;
  readonly columnLabel: string;
};

/** "表三「一、本年新收…」行「自然人」列": where a cell is, for messages. */
export function cellName(c: Labelled): string {
  return `${tableName(c.section)}「${c.rowLabel}」行「${c.columnLabel}」列`;
}

/** A fresh state around an empty document. */
export function newState(t: TemplateDef, doc: ReportDocument): ImportState {
  const inputs = new Map(listInputCells(t).map((c) => [c.path, c]));
  const computed = new Map(listComputedCells(t).map((c) => [c.path, c]));
  return { t, doc, issues: [], printed: new Map(), inputs, computed };
}

function unreadable(state: ImportState, path: string, where: string, raw: string, reason: string) {
  state.issues.push({
    rule: 'unreadable',
    fields: [path],
    message: `${where}的内容“${raw}”无法读取（${reason}），已留空。`,
  });
}

/** Writes an input cell from its printed text; unreadable text leaves it blank with an issue. */
export function writeCell(state: ImportState, path: string, raw: string | undefined): void {
  const cell = state.inputs.get(path);
  if (!cell) throw new Error(`not an input cell: ${path}`);
  if (raw === undefined) {
    unreadable(state, path, cellName(cell), '', '原文缺少这一格');
    return;
  }
  const parsed = parseCellInput(raw, cell.kind);
  if (parsed.ok) state.doc = setAtPath(state.doc, path, parsed.value);
  else unreadable(state, path, cellName(cell), raw, parsed.reason);
}

/** Records a printed total (a computed cell) for the printedTotal check. */
export function notePrinted(state: ImportState, path: string, raw: string | undefined): void {
  if (raw === undefined) return; // not printed at all: nothing to check
  const cell = state.computed.get(path);
  if (!cell) throw new Error(`not a computed cell: ${path}`);
  const parsed = parseCellInput(raw, 'count');
  // A total may exceed the 9,999,999 limit of a single cell: it sums up to 21 of them.
  const big = /^\d{8,}$/.test(raw.trim()) ? Number(raw.trim()) : null;
  if (parsed.ok || big !== null) state.printed.set(path, parsed.ok ? parsed.value : big);
  else unreadable(state, path, cellName(cell), raw, parsed.reason);
}

/** Adds a `layout` issue. */
export function noteLayout(state: ImportState, fields: readonly string[], message: string): void {
  state.issues.push({ rule: 'layout', fields, message });
}
