import type { TemplateDef } from '../template/types';
import { listInputCells, listNarratives } from '../template/cells';

/** The value of an input cell: a number, or `null` when not filled in (blank is not 0). */
export type CellValue = number | null;

/** Nested cell values, keyed as in the field paths. */
export type CellTree = { [key: string]: CellValue | CellTree };

export type ReportMeta = {
  agency: string;
  year: number;
  /** `null` means the default title `{agency}{year}年度政府信息公开工作年度报告`. */
  title: string | null;
  /** 成文日期 as `YYYY-MM-DD`, or null. */
  publishedOn: string | null;
};

export const REPORT_KIND = 'gov-info-disclosure-annual-report';
export const SCHEMA_VERSION = 1;

/** The report document (JSON schema version 1): the unit of storage, import and export. */
export type ReportDocument = {
  kind: typeof REPORT_KIND;
  schemaVersion: typeof SCHEMA_VERSION;
  template: string;
  meta: ReportMeta;
  overview: Record<string, string>;
  proactive: CellTree;
  requests: CellTree;
  appeals: CellTree;
  improvement: Record<string, string>;
  otherMatters: string;
};

type Tree = { [key: string]: unknown };

/** True for a plain object (not null, not an array): what untrusted JSON must be before it is read. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Split paths, kept: the editor reads a few hundred field paths per keystroke, and splitting
// each one anew (an array and its strings every time) was most of the cost of reading them.
const segmentCache = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 4096;

function segments(path: string): readonly string[] {
  let keys = segmentCache.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    if (segmentCache.size < MAX_CACHED_PATHS) segmentCache.set(path, keys);
  }
  return keys;
}

/** Reads the value at a dotted field path (undefined when the path does not exist). */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of segments(path)) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Returns a copy of `root` with `value` written at `path`; objects on the way are copied, never shared. */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return root;
  const base: Tree = isPlainObject(root) ? { ...root } : {};
  base[head] = rest.length === 0 ? value : setAtPath(base[head], rest.join('.'), value);
  return base as T;
}

/** Writes `value` at `path` in place, creating objects on the way; only for objects this module just made. */
function writeInPlace(root: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop();
  if (last === undefined) return;
  let node = root;
  for (const key of keys) {
    const next = node[key];
    node = isPlainObject(next) ? next : (node[key] = {});
  }
  node[last] = value;
}

/** The numeric value of an input cell, or null when blank or not a number. */
export function getCell(doc: ReportDocument, path: string): CellValue {
  const v = getAtPath(doc, path);
  return typeof v === 'number' ? v : null;
}

/** The text of a narrative field ('' when missing). */
export function getNarrative(doc: ReportDocument, path: string): string {
  const v = getAtPath(doc, path);
  return typeof v === 'string' ? v : '';
}

/** Default title for an agency and year. */
export function defaultTitle(agency: string, year: number): string {
  return `${agency}${year}年度政府信息公开工作年度报告`;
}

/** The title to print: `meta.title`, or the default one. */
export function reportTitle(doc: ReportDocument): string {
  return doc.meta.title ?? defaultTitle(doc.meta.agency, doc.meta.year);
}

/** A new report with every cell blank and every narrative empty; `values` fills cells and narratives by path. */
export function createEmptyReport(
  t: TemplateDef,
  meta: Pick<ReportMeta, 'agency' | 'year'> & Partial<ReportMeta>,
  values?: (path: string) => unknown,
): ReportDocument {
  const doc: ReportDocument = {
    kind: REPORT_KIND,
    schemaVersion: SCHEMA_VERSION,
    template: t.id,
    meta: { title: null, publishedOn: null, ...meta },
    overview: {},
    proactive: {},
    requests: {},
    appeals: {},
    improvement: {},
    otherMatters: '',
  };
  // Written in place: the objects are new, and one pass keeps opening a report cheap.
  for (const n of listNarratives(t)) writeInPlace(doc, n.path, values?.(n.path) ?? '');
  for (const c of listInputCells(t)) writeInPlace(doc, c.path, values?.(c.path) ?? null);
  return doc;
}
