import type { CellKind, TemplateDef } from '../domain/template/types';
import { listComputedCells, listInputCells, listNarratives } from '../domain/template/cells';
import {
  REPORT_KIND,
  SCHEMA_VERSION,
  createEmptyReport,
  getAtPath,
  isPlainObject,
  setAtPath,
  type ReportDocument,
  type ReportMeta,
} from '../domain/report/document';
import { parseCellInput, type ParsedCell } from '../domain/values/normalize';
import { checkImportSize } from './limits';
import type { ImportIssue, ImportResult } from './import-result';
import { comparePrintedTotals } from './printed-totals';
import { readConsolidation } from './consolidation-json';

type Raw = Record<string, unknown>;
const DOCUMENT_SECTIONS = ['overview', 'proactive', 'requests', 'appeals', 'improvement'];

const refuse = (error: string): ImportResult => ({ ok: false, error });

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return {
      error: `不是有效的 JSON 文件（${e instanceof Error ? e.message : String(e)}），未导入任何内容。`,
    };
  }
}

/** Refusals that concern the whole file: another kind of file, a newer schema, another template. */
function checkEnvelope(t: TemplateDef, raw: Raw): string | null {
  if (raw.kind !== REPORT_KIND) {
    return `这不是政府信息公开工作年度报告文件（kind 为 ${JSON.stringify(raw.kind ?? null)}，应为 "${REPORT_KIND}"），未导入任何内容。`;
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `文件缺少有效的格式版本（schemaVersion），未导入任何内容。`;
  }
  if (version > SCHEMA_VERSION) {
    return `文件的格式版本为 ${version}，比本程序支持的版本 ${SCHEMA_VERSION} 新。请升级本程序后再导入；未导入任何内容。`;
  }
  if (raw.template !== t.id) {
    return `不支持的报告格式模板 ${JSON.stringify(raw.template ?? null)}（本程序支持 ${t.id} 年格式），未导入任何内容。`;
  }
  return null;
}

function readMeta(raw: unknown): { meta: ReportMeta } | { error: string } {
  const m = isPlainObject(raw) ? raw : {};
  const problems: string[] = [];
  const year = m.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
    problems.push(`meta.year（年度）应为四位年份，文件中为 ${JSON.stringify(year ?? null)}`);
  }
  const agency = typeof m.agency === 'string' ? m.agency : '';
  if (typeof m.agency !== 'string') problems.push('meta.agency（机关名称）应为文字');
  const title = typeof m.title === 'string' ? m.title : null;
  const publishedOn =
    typeof m.publishedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m.publishedOn)
      ? m.publishedOn
      : null;
  if (problems.length > 0)
    return { error: `文件的基本信息无法读取：${problems.join('；')}。未导入任何内容。` };
  return { meta: { agency, year: year as number, title, publishedOn } };
}

function leafPaths(node: unknown, prefix: string): string[] {
  if (!isPlainObject(node)) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafPaths(v, `${prefix}.${k}`));
}

/** Lenient when reading: a number written as text ("1,234") is read like a typed cell. */
function readCellValue(v: unknown, kind: CellKind): ParsedCell {
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'number' && Number.isFinite(v)) return parseCellInput(String(v), kind);
  if (typeof v === 'string') return parseCellInput(v, kind);
  return { ok: false, reason: '不是数字' };
}

type Reader = { doc: ReportDocument; issues: ImportIssue[]; missing: string[] };

function readCells(t: TemplateDef, raw: Raw, r: Reader): void {
  for (const cell of listInputCells(t)) {
    const v = getAtPath(raw, cell.path);
    if (v === undefined) {
      r.missing.push(cell.path);
      continue;
    }
    const result = readCellValue(v, cell.kind);
    if (result.ok) r.doc = setAtPath(r.doc, cell.path, result.value);
    else {
      const reason = result.reason;
      r.issues.push({
        rule: 'unreadable',
        fields: [cell.path],
        message: `「${cell.rowLabel} · ${cell.columnLabel}」（${cell.path}）的值 ${JSON.stringify(v)} 无法读取：${reason}；已留空。`,
      });
    }
  }
}

function readNarratives(t: TemplateDef, raw: Raw, r: Reader): void {
  for (const n of listNarratives(t)) {
    const v = getAtPath(raw, n.path);
    if (typeof v === 'string') r.doc = setAtPath(r.doc, n.path, v);
    else if (v === undefined) r.missing.push(n.path);
    else {
      r.issues.push({
        rule: 'unreadable',
        fields: [n.path],
        message: `「${n.label}」（${n.path}）不是文字，已留空。`,
      });
    }
  }
}

function readUnknownKeys(t: TemplateDef, raw: Raw, r: Reader): void {
  const known = new Set([
    ...listInputCells(t).map((c) => c.path),
    ...listNarratives(t).map((n) => n.path),
    ...listComputedCells(t).map((c) => c.path),
  ]);
  const unknown = DOCUMENT_SECTIONS.flatMap((s) => (s in raw ? leafPaths(raw[s], s) : [])).filter(
    (p) => !known.has(p),
  );
  if (unknown.length > 0) {
    r.issues.push({
      rule: 'unreadable',
      fields: unknown,
      message: `文件中有 ${unknown.length} 个无法识别的字段，已忽略：${unknown.join('、')}。`,
    });
  }
}

/** Reads a report from its JSON file: refuses another kind or a newer version; every cell it cannot read is reported by path. */
export function importJson(t: TemplateDef, text: string): ImportResult {
  const tooBig = checkImportSize(text);
  if (tooBig) return refuse(tooBig);
  const parsed = parse(text);
  if ('error' in parsed) return refuse(parsed.error);
  const raw = parsed.value;
  if (!isPlainObject(raw))
    return refuse('JSON 文件的内容不是一份报告（应为一个对象），未导入任何内容。');
  const envelope = checkEnvelope(t, raw);
  if (envelope) return refuse(envelope);
  const meta = readMeta(raw.meta);
  if ('error' in meta) return refuse(meta.error);
  const r: Reader = { doc: createEmptyReport(t, meta.meta), issues: [], missing: [] };
  readCells(t, raw, r);
  readNarratives(t, raw, r);
  readUnknownKeys(t, raw, r);
  if (r.missing.length > 0) {
    r.issues.push({
      rule: 'unreadable',
      fields: r.missing,
      message: `文件中缺少 ${r.missing.length} 个字段，已按空白导入。`,
    });
  }
  const printed = listComputedCells(t).flatMap((c) => {
    const v = getAtPath(raw, c.path);
    return v === undefined ? [] : [{ path: c.path, printed: typeof v === 'number' ? v : null }];
  });
  const { consolidation, issue } = readConsolidation(t, raw.consolidation, r.doc);
  return {
    ok: true,
    document: r.doc,
    issues: [...r.issues, ...comparePrintedTotals(t, r.doc, printed), ...(issue ? [issue] : [])],
    ...(consolidation ? { consolidation } : {}),
  };
}
