import type { TemplateDef } from '../template/types';
import { listInputCells, listNarratives } from '../template/cells';
import { memoByTemplate } from '../template/memo';

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
  return getAtKeys(root, segments(path));
}

function getAtKeys(root: unknown, keys: readonly string[]): unknown {
  let node: unknown = root;
  for (const key of keys) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Returns a copy of `root` with `value` written at `path`; objects on the way are copied, never shared. */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  return setAtKeys(root, segments(path), 0, value) as T;
}

function setAtKeys(node: unknown, keys: readonly string[], i: number, value: unknown): Tree {
  const base: Tree = isPlainObject(node) ? { ...node } : {};
  const key = keys[i] ?? '';
  base[key] = i === keys.length - 1 ? value : setAtKeys(base[key], keys, i + 1, value);
  return base;
}

/** Writes `value` at the split path `keys` in place, creating objects on the way; only for objects this module just made. */
function writeInPlace(root: Tree, keys: readonly string[], value: unknown): void {
  let node = root;
  const last = keys.length - 1;
  for (let i = 0; i < last; i++) {
    const key = keys[i] ?? '';
    const next = node[key];
    node = isPlainObject(next) ? next : (node[key] = {});
  }
  node[keys[last] ?? ''] = value;
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

type Field = { readonly path: string; readonly keys: readonly string[] };

/**
 * The template's narratives and input cells with their split paths, listed once per template:
 * every load, save and export builds a document from them (createEmptyReport, canonicalizeReport).
 */
const documentFields = memoByTemplate((t: TemplateDef) => {
  const field = (path: string): Field => ({ path, keys: path.split('.') });
  return {
    narratives: listNarratives(t).map((n) => field(n.path)),
    cells: listInputCells(t).map((c) => field(c.path)),
  };
});

/** A new report with every cell blank and every narrative empty; `values` fills cells and narratives by path. */
export function createEmptyReport(
  t: TemplateDef,
  meta: Pick<ReportMeta, 'agency' | 'year'> & Partial<ReportMeta>,
  values?: (path: string) => unknown,
): ReportDocument {
  const value = (f: Field) => values?.(f.path);
  return buildReport(t, meta, value, value);
}

/**
 * The report of `t` with exactly the template's fields, in print order, read from `doc` (cells
 * that are not numbers become blank, narratives that are not text empty; other keys dropped).
 */
export function copyTemplateFields(
  t: TemplateDef,
  meta: Pick<ReportMeta, 'agency' | 'year'> & Partial<ReportMeta>,
  doc: unknown,
): ReportDocument {
  return buildReport(
    t,
    meta,
    (f) => {
      const v = getAtKeys(doc, f.keys);
      return typeof v === 'string' ? v : '';
    },
    (f) => {
      const v = getAtKeys(doc, f.keys);
      return typeof v === 'number' ? v : null;
    },
  );
}

function buildReport(
  t: TemplateDef,
  meta: Pick<ReportMeta, 'agency' | 'year'> & Partial<ReportMeta>,
  text: (f: Field) => unknown,
  cell: (f: Field) => unknown,
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
  const fields = documentFields(t);
  for (const f of fields.narratives) writeInPlace(doc, f.keys, text(f) ?? '');
  for (const f of fields.cells) writeInPlace(doc, f.keys, cell(f) ?? null);
  return doc;
}
