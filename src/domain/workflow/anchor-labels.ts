import type { TemplateDef } from '../template/types';
import { listTable3Rows } from '../template/cells';
import type { RuleId } from '../rules/types';
import { cellName, narrativeName, tableName } from '../rules/format';
import { sectionKeyOf } from '../rules/structure';
import type { CommentAnchor } from './comments';

// Names of comment anchors for the review panel. Every label comes from the template, so a
// comment reads like the printed report: 表三「一、本年新收」「自然人」.

/** Short Chinese names of the rules, for problem anchors. */
export const RULE_LABELS: Readonly<Record<RuleId, string>> = {
  balance: '勾稽关系',
  value: '数值无效',
  required: '未填写',
  carryOver: '上年结转',
  inForceRollForward: '现行有效件数',
  narrativeNumber: '文字与表格不符',
  feeReported: '收费情况',
  printedTotal: '打印的合计',
};

const META_LABELS: Readonly<Record<string, string>> = {
  'meta.agency': '机关名称',
  'meta.year': '年度',
  'meta.title': '标题',
  'meta.publishedOn': '成文日期',
};

function rowLabels(t: TemplateDef): Map<string, string> {
  const labels = new Map<string, string>();
  for (const block of t.table2.blocks) {
    for (const row of block.rows) labels.set(`${sectionKeyOf(t, 'table2')}.${row.key}`, row.label);
  }
  for (const row of listTable3Rows(t))
    labels.set(`${sectionKeyOf(t, 'table3')}.${row.key}`, row.label);
  for (const g of t.table4.groups) labels.set(`${sectionKeyOf(t, 'table4')}.${g.key}`, g.label);
  return labels;
}

/** A field path named for people: a cell, a narrative, a meta field, or the path itself. */
export function fieldName(t: TemplateDef, path: string): string {
  const cell = cellName(t, path);
  if (cell !== path) return cell;
  const narrative = narrativeName(t, path);
  return narrative !== path ? narrative : (META_LABELS[path] ?? path);
}

/** A row path named for people, e.g. 表三「一、本年新收政府信息公开申请数量」. */
export function rowName(t: TemplateDef, path: string): string {
  const label = rowLabels(t).get(path);
  return label ? `${tableName(t, path.split('.')[0] ?? '')}「${label}」` : path;
}

/** What a thread is anchored to, in Chinese. */
export function describeAnchor(t: TemplateDef, anchor: CommentAnchor): string {
  switch (anchor.type) {
    case 'cell':
      return fieldName(t, anchor.path);
    case 'row':
      return rowName(t, anchor.path);
    case 'section':
      return t.sections.find((s) => s.key === anchor.key)?.title ?? anchor.key;
    case 'problem': {
      const fields = anchor.fields.map((f) => fieldName(t, f)).join('、');
      return `问题「${RULE_LABELS[anchor.rule]}」${fields ? `：${fields}` : ''}`;
    }
  }
}
