import type { TemplateDef } from '../domain/template/types';
import { listInputCells, listNarratives } from '../domain/template/cells';
import { memoByTemplate } from '../domain/template/memo';
import {
  REPORT_KIND,
  isPlainObject,
  SCHEMA_VERSION,
  getAtPath,
  setAtPath,
  type ReportDocument,
  type ReportMeta,
} from '../domain/report/document';
import { canonicalizeReport } from '../io/json-export';

// Documents are checked on the way out of storage (and of backup files), never trusted: a record
// written by an older release, a newer release in another tab, or a damaged disk must not crash
// the editor. Unlike a JSON import this keeps every number, even out-of-range ones: a draft may
// hold a figure the rule `value` flags, and the author's input must survive a reload.

type Raw = Record<string, unknown>;

/** A document ready for the editor with what was repaired, or why it cannot be opened. */
export type RestoredDocument =
  { ok: true; document: ReportDocument; repairs: string[] } | { ok: false; error: string };

function checkHeader(t: TemplateDef, raw: Raw): string | null {
  if (raw.kind !== REPORT_KIND)
    return `不是年度报告（kind 为 ${JSON.stringify(raw.kind ?? null)}）`;
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return '缺少有效的格式版本';
  if (v > SCHEMA_VERSION) return `由较新版本的程序保存（格式版本 ${v}），请升级本程序后再打开`;
  if (raw.template !== t.id)
    return `使用了不支持的报告格式模板 ${JSON.stringify(raw.template ?? null)}`;
  return null;
}

function readMeta(raw: unknown): ReportMeta | string {
  if (!isPlainObject(raw)) return '缺少基本信息（机关名称、年度）';
  const { agency, year, title, publishedOn } = raw;
  if (typeof agency !== 'string') return '机关名称无法读取';
  if (typeof year !== 'number' || !Number.isInteger(year)) return '年度无法读取';
  return {
    agency,
    year,
    title: typeof title === 'string' ? title : null,
    publishedOn:
      typeof publishedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(publishedOn)
        ? publishedOn
        : null,
  };
}

/** The paths of the template's cells and narratives, listed once (every load checks them all). */
const documentPaths = memoByTemplate((t: TemplateDef) => ({
  cells: listInputCells(t).map((c) => c.path),
  narratives: listNarratives(t).map((n) => n.path),
}));

/** Paths holding something other than a finite number or blank (cells) or text (narratives). */
function findUnreadable(t: TemplateDef, raw: Raw) {
  const cells: string[] = [];
  const texts: string[] = [];
  let missing = 0;
  const paths = documentPaths(t);
  for (const path of paths.cells) {
    const v = getAtPath(raw, path);
    if (v === undefined) missing++;
    else if (v !== null && !(typeof v === 'number' && Number.isFinite(v))) cells.push(path);
  }
  for (const path of paths.narratives) {
    const v = getAtPath(raw, path);
    if (v === undefined) missing++;
    else if (typeof v !== 'string') texts.push(path);
  }
  return { cells, texts, missing };
}

/** The meta of a stored document after the header checks, without reading its cells (for lists). */
export function readStoredMeta(
  t: TemplateDef,
  raw: unknown,
): { ok: true; meta: ReportMeta } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: '报告内容缺失或已损坏' };
  const header = checkHeader(t, raw);
  if (header) return { ok: false, error: header };
  const meta = readMeta(raw.meta);
  return typeof meta === 'string' ? { ok: false, error: meta } : { ok: true, meta };
}

/** Checks a stored document and brings it to the template's shape; refuses only what cannot be opened. */
export function restoreStoredDocument(t: TemplateDef, raw: unknown): RestoredDocument {
  const read = readStoredMeta(t, raw);
  if (!read.ok || !isPlainObject(raw))
    return read.ok ? { ok: false, error: '报告内容缺失或已损坏' } : read;
  const meta = read.meta;
  const { cells, texts, missing } = findUnreadable(t, raw);
  // The raw value is a stand-in for the document shape: canonicalizeReport only reads it
  // through getCell/getNarrative, which tolerate anything.
  let document = canonicalizeReport(t, { ...(raw as ReportDocument), meta });
  // getCell keeps NaN and Infinity (they are numbers); a stored one is damage, not input.
  for (const path of cells) document = setAtPath(document, path, null);
  const repairs = [...cells, ...texts].map((path) => `${path} 的值无法读取，已留空`);
  if (missing > 0) repairs.push(`缺少 ${missing} 个字段，已按空白补齐`);
  return { ok: true, document, repairs };
}
