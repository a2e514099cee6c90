import { gov2021, listInputCells, listNarratives } from '@/domain';
import type { Violation } from '@/domain/rules/types';
import { fieldName, rowName, describeAnchor, type CommentAnchor } from '@/domain/workflow';
import { RULE_LABELS } from '@/domain/workflow';

// What a new comment can be anchored to, as options of the comments panel: any field (cells,
// narratives), a table row, a section, or a problem the rules find now.

export const ANCHOR_TYPES = ['cell', 'row', 'section', 'problem'] as const;
export type AnchorType = (typeof ANCHOR_TYPES)[number];

/** One choice of the target list. */
export type AnchorOption = { value: string; label: string };

const t = gov2021;
const META = ['meta.agency', 'meta.year', 'meta.title', 'meta.publishedOn'];

function fieldOptions(): AnchorOption[] {
  const paths = [...META, ...listNarratives(t).map((n) => n.path)];
  const cells = listInputCells(t).map((c) => c.path);
  return [...paths, ...cells].map((path) => ({ value: path, label: fieldName(t, path) }));
}

/** The row a cell belongs to (`requests.denied.stateSecret`), or null for other fields. */
export function rowOf(path: string): string | null {
  const parts = path.split('.');
  for (const n of [parts.length - 1, parts.length]) {
    const prefix = parts.slice(0, n).join('.');
    if (n > 1 && rowName(t, prefix) !== prefix) return prefix;
  }
  return null;
}

function rowOptions(): AnchorOption[] {
  const rows = new Set(listInputCells(t).flatMap((c) => rowOf(c.path) ?? []));
  return [...rows].map((path) => ({ value: path, label: rowName(t, path) }));
}

/** The section a field is in (its first path segment), or null for the basic information. */
export function sectionOf(path: string): string | null {
  const key = path.split('.')[0] ?? '';
  return t.sections.some((s) => s.key === key) ? key : null;
}

/** The choices for an anchor type; problems are numbered by their place in `problems`. */
export function anchorOptions(type: AnchorType, problems: readonly Violation[]): AnchorOption[] {
  switch (type) {
    case 'cell':
      return fieldOptions();
    case 'row':
      return rowOptions();
    case 'section':
      return t.sections.map((s) => ({ value: s.key, label: s.title }));
    case 'problem':
      return problems.map((v, i) => ({
        value: String(i),
        label: `${RULE_LABELS[v.rule]}：${v.message}`,
      }));
  }
}

/** The anchor of a choice, or null when nothing is chosen. */
export function toAnchor(
  type: AnchorType,
  target: string,
  problems: readonly Violation[],
): CommentAnchor | null {
  if (target === '') return null;
  if (type === 'cell' || type === 'row') return { type, path: target };
  if (type === 'section') return { type, key: target };
  const v = problems[Number(target)];
  return v ? { type: 'problem', rule: v.rule, fields: [...v.fields] } : null;
}

/** The default target of a type for the field last selected in the report. */
export function defaultTarget(type: AnchorType, selected: string | null): string {
  if (!selected) return '';
  if (type === 'cell') return selected;
  if (type === 'row') return rowOf(selected) ?? '';
  if (type === 'section') return sectionOf(selected) ?? '';
  return '';
}

/** Describes an anchor for people (re-exported for the panel). */
export const anchorLabel = (anchor: CommentAnchor) => describeAnchor(t, anchor);
