import type { TemplateDef } from '../template/types';
import { listComputedCells, listInputCells, listTable3Rows } from '../template/cells';
import { findSection, sectionKeyOf } from './structure';

// Number and cell naming for the Chinese messages. Every name is built from the template.

/** A number as printed in a message: plain digits, amounts without floating-point noise. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

/** A stored value of unknown type as shown in a message: exactly as stored, strings quoted. */
export function formatValue(value: unknown): string {
  // Not rounded: an amount with too many decimals must show them.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `“${value.length > 20 ? `${value.slice(0, 20)}…` : value}”`;
  return JSON.stringify(value) ?? String(value);
}

/** `a + b + c = sum` (or just `a` for one term), the way the messages show arithmetic. */
export function formatSum(terms: readonly { label: string; value: number }[]): string {
  const parts = terms.map((term) => `${term.label} ${formatNumber(term.value)}`).join(' + ');
  if (terms.length < 2) return parts;
  return `${parts} = ${formatNumber(terms.reduce((s, term) => s + term.value, 0))}`;
}

/**
 * A row label shortened for messages: 「一、本年新收政府信息公开申请数量」 → 「一、本年新收」, and
 * the explanatory parenthesis of （二）部分公开（区分处理的，…） dropped.
 */
export function shortLabel(label: string): string {
  return label.replace(/政府信息公开申请数量$/, '').replace(/^(.+?)（[^（）]*）$/, '$1');
}

/** 表二 / 表三 / 表四: tables are named after the ordinal of their section. */
export function tableName(t: TemplateDef, sectionKey: string): string {
  const section = findSection(t, sectionKey);
  return section ? `表${section.ordinal}` : sectionKey;
}

/** The label of a table-3 row with its innermost group, e.g. 「（三）不予公开 1.属于国家秘密」. */
function table3RowTitle(t: TemplateDef, path: string): string | undefined {
  const prefix = `${sectionKeyOf(t, 'table3')}.`;
  const row = listTable3Rows(t).find((r) => path.startsWith(`${prefix}${r.key}.`));
  if (!row) return undefined;
  // Only sub-rows of （三）…（六） need their group to be understood; 三 itself is implied.
  const group = row.groups.length > 1 ? row.groups.at(-1) : undefined;
  return group ? `${group} ${row.label}` : shortLabel(row.label);
}

const cellNames = new WeakMap<TemplateDef, Map<string, string>>();

function buildCellNames(t: TemplateDef): Map<string, string> {
  const names = new Map<string, string>();
  for (const cell of [...listInputCells(t), ...listComputedCells(t)]) {
    const row = table3RowTitle(t, cell.path) ?? cell.rowLabel;
    names.set(cell.path, `${tableName(t, cell.section)}「${row}」「${cell.columnLabel}」`);
  }
  return names;
}

/** A cell named for a message, e.g. 表三「一、本年新收」「自然人」 (the path itself if unknown). */
export function cellName(t: TemplateDef, path: string): string {
  let names = cellNames.get(t);
  if (!names) {
    names = buildCellNames(t);
    cellNames.set(t, names);
  }
  return names.get(path) ?? path;
}

/** A narrative named for a message, e.g. 一、总体情况（二）依申请公开情况. */
export function narrativeName(t: TemplateDef, path: string): string {
  const section = t.sections.find((s) => s.narratives.some((n) => n.path === path));
  const narrative = section?.narratives.find((n) => n.path === path);
  if (!section || !narrative) return path;
  if (narrative.heading) return `${section.title}${narrative.heading}`;
  return section.narratives.length === 1 ? section.title : `${section.title}「${narrative.label}」`;
}
