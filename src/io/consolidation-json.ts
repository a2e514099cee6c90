import { z } from 'zod';
import type { TemplateDef } from '../domain/template/types';
import { getCell, type ReportDocument } from '../domain/report/document';
import { inputCells } from '../domain/rules/structure';
import type { Consolidation, Contribution } from '../domain/consolidate/types';
import { fromMillionths, toMillionths } from '../domain/consolidate/millionths';
import type { ImportIssue } from './import-result';

// The `consolidation` key of a 汇总's JSON file: its sources and each cell's contributions. In
// the file a contribution is `[source index, value]` (index into `sources`): naming the agency
// in each of 166 cells × hundreds of sources would push a large 汇总 past the import limit. A
// file is untrusted, so the key is read only when its shape is right and it agrees with the
// document (same year, contributions that add up to each cell); otherwise it is dropped with an
// import issue and the report is read as an ordinary one. Its figures are never touched.

const text = z.string();
const count = z.number().int().min(0);

const schema = z.object({
  sources: z
    .array(
      z.object({
        key: text.min(1),
        agency: text,
        year: z.number().int(),
        contentKey: text,
        errors: count,
        warnings: count,
        consolidatedAgencies: z.array(text).optional(),
      }),
    )
    .min(1),
  contributions: z.record(text, z.array(z.tuple([count, z.number().min(0)]))),
  includedWithErrors: z.array(text),
});

type FileForm = z.infer<typeof schema>;

/** The record with agencies in place of source indexes; null when an index points nowhere. */
function fromFile(file: FileForm): Consolidation | null {
  const contributions: Record<string, Contribution[]> = {};
  for (const [path, pairs] of Object.entries(file.contributions)) {
    const list: Contribution[] = [];
    for (const [i, value] of pairs) {
      const agency = file.sources[i]?.agency;
      if (agency === undefined) return null;
      list.push({ agency, value });
    }
    contributions[path] = list;
  }
  return { ...file, contributions };
}

/** The sum of one cell's contributions: fees in exact millionths, as `consolidate` sums them. */
function contributed(values: readonly number[], amount: boolean): number | null {
  if (values.length === 0) return null;
  if (!amount) return values.reduce((a, b) => a + b, 0);
  return fromMillionths(values.reduce((sum, v) => sum + toMillionths(v), 0n));
}

/** Why a well-formed record does not belong to this document, or null when it does. */
function disagreement(t: TemplateDef, c: Consolidation, doc: ReportDocument): string | null {
  const year = doc.meta.year;
  const other = c.sources.find((s) => s.year !== year);
  if (other) return `来源「${other.agency}」是 ${other.year} 年度的，而报告是 ${year} 年度的`;
  const cells = inputCells(t);
  const paths = new Set(cells.map((cell) => cell.path));
  const unknown = Object.keys(c.contributions).find((p) => !paths.has(p));
  if (unknown !== undefined) return `含有报告中没有的单元格 ${unknown}`;
  const off = cells.filter((cell) => {
    const values = (c.contributions[cell.path] ?? []).map((x) => x.value);
    return contributed(values, cell.kind === 'amount') !== getCell(doc, cell.path);
  });
  if (off.length === 0) return null;
  return `${off.length} 个单元格的数字与各来源之和不符（如 ${off[0]?.path ?? ''}），可能被改动过`;
}

/** The `consolidation` of a file when present and trustworthy; else nothing, with an issue when present. */
export function readConsolidation(
  t: TemplateDef,
  raw: unknown,
  doc: ReportDocument,
): { consolidation?: Consolidation; issue?: ImportIssue } {
  if (raw === undefined) return {};
  const parsed = schema.safeParse(raw);
  const record = parsed.success ? fromFile(parsed.data) : null;
  const reason = parsed.success
    ? record === null
      ? '中有指向不存在的来源的数字'
      : disagreement(t, record, doc)
    : `格式不对（${parsed.error.issues[0]?.path.join('.') || '整体'}）`;
  if (reason === null && record !== null) return { consolidation: record };
  const message = `文件中的汇总来源信息（consolidation）${reason ?? ''}，已忽略：此报告按普通报告导入，各单元格的来源不再显示，数字不受影响。`;
  return { issue: { rule: 'unreadable', fields: ['consolidation'], message } };
}
