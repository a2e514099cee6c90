import type { TemplateDef } from '../template/types';
import { listInputCells, listNarratives } from '../template/cells';
import {
  getCell,
  getNarrative,
  type CellValue,
  type ReportDocument,
  type ReportMeta,
} from '../report/document';
import { cellName, narrativeName } from '../rules/format';
import { diffWords, type DiffPart } from './word-diff';

// "What changed since the last submission" for the 审核人: cells old → new with their printed
// labels, the basic information, and narratives as a word-level diff.

/** A changed input cell. `name` is the full name used in messages (表三「…」「…」). */
export type CellChange = {
  path: string;
  name: string;
  rowLabel: string;
  columnLabel: string;
  before: CellValue;
  after: CellValue;
};

/** A changed field of the basic information. */
export type MetaChange = {
  field: keyof ReportMeta;
  label: string;
  before: ReportMeta[keyof ReportMeta];
  after: ReportMeta[keyof ReportMeta];
};

/** A changed narrative with its word-level diff. */
export type NarrativeChange = {
  path: string;
  label: string;
  before: string;
  after: string;
  parts: DiffPart[];
};

/** Every difference between two versions of a report, in print order. */
export type ReportChanges = {
  meta: MetaChange[];
  cells: CellChange[];
  narratives: NarrativeChange[];
};

const META_FIELDS: readonly { field: keyof ReportMeta; label: string }[] = [
  { field: 'agency', label: '机关名称' },
  { field: 'year', label: '年度' },
  { field: 'title', label: '标题' },
  { field: 'publishedOn', label: '成文日期' },
];

function metaChanges(before: ReportDocument, after: ReportDocument): MetaChange[] {
  return META_FIELDS.filter(({ field }) => before.meta[field] !== after.meta[field]).map(
    ({ field, label }) => ({ field, label, before: before.meta[field], after: after.meta[field] }),
  );
}

function cellChanges(t: TemplateDef, before: ReportDocument, after: ReportDocument): CellChange[] {
  return listInputCells(t).flatMap((cell): CellChange[] => {
    const [old, now] = [getCell(before, cell.path), getCell(after, cell.path)];
    if (old === now) return [];
    const { path, rowLabel, columnLabel } = cell;
    return [{ path, name: cellName(t, path), rowLabel, columnLabel, before: old, after: now }];
  });
}

function narrativeChanges(
  t: TemplateDef,
  before: ReportDocument,
  after: ReportDocument,
): NarrativeChange[] {
  return listNarratives(t).flatMap((n): NarrativeChange[] => {
    const [old, now] = [getNarrative(before, n.path), getNarrative(after, n.path)];
    if (old === now) return [];
    const label = narrativeName(t, n.path);
    return [{ path: n.path, label, before: old, after: now, parts: diffWords(old, now) }];
  });
}

/** The differences from `before` to `after` (e.g. the version last submitted and the current one). */
export function diffReports(
  t: TemplateDef,
  before: ReportDocument,
  after: ReportDocument,
): ReportChanges {
  return {
    meta: metaChanges(before, after),
    cells: cellChanges(t, before, after),
    narratives: narrativeChanges(t, before, after),
  };
}

/** True when two versions differ in anything diffReports looks at. */
export function hasChanges(changes: ReportChanges): boolean {
  return changes.meta.length + changes.cells.length + changes.narratives.length > 0;
}
