import type { TemplateDef } from '../domain/template/types';
import { memoByTemplate } from '../domain/template/memo';
import { getCell, isPlainObject, type ReportDocument } from '../domain/report/document';
import { hashString, stableStringify } from '../domain/drafts/content-key';
import { consolidatedAgenciesOf } from '../domain/drafts/record-origin';
import type { Consolidation } from '../domain/consolidate/types';
import { carryOverInputs } from '../domain/rules/carry-over';
import { inForceInputs } from '../domain/rules/in-force';
import { balanceItems, table3Columns, table3Parts } from '../domain/rules/structure';
import { keyFigures, type KeyFigures } from '../domain/workspace/summary';

// What the lists need of a report's document, computed when it is written and kept in its row
// (`digest`), so that listing 500 reports never reads their cells: the document's content key
// (a 汇总 compares it to tell that a source changed), the workspace's key figures, the agencies
// a 汇总 counts, and the few cells that link a report to the year before and after.

/** Values of the cells the cross-year rules read (carryOver, inForceRollForward), by path. */
export type YearLink = Readonly<Record<string, number | null>>;

/** The derived part of a stored row. */
export type RowDigest = {
  /** `hashString(stableStringify(document))`: the same as sourceContentKey / documentKey. */
  contentKey: string;
  figures: KeyFigures;
  consolidatedAgencies: string[] | null;
  yearLink: YearLink;
};

/**
 * The cells that link a report to its neighbours: this year's 二、上年结转 and the in-force block
 * (read against last year), and 四、结转下年度继续办理 (read by next year's report).
 */
export const yearLinkPaths = memoByTemplate((t: TemplateDef): readonly string[] => {
  const { carriedForward } = balanceItems(t);
  const forward = table3Columns(t).flatMap((c) => table3Parts(t, carriedForward.key, c.key));
  return [...new Set([...carryOverInputs(t), ...inForceInputs(t), ...forward])];
});

/** The digest of a checked document (and the consolidation kept with it). */
export function digestOf(
  t: TemplateDef,
  document: ReportDocument,
  consolidation: Consolidation | null,
): RowDigest {
  const yearLink: Record<string, number | null> = {};
  for (const path of yearLinkPaths(t)) yearLink[path] = getCell(document, path);
  return {
    contentKey: hashString(stableStringify(document)),
    figures: keyFigures(t, document),
    consolidatedAgencies: consolidatedAgenciesOf(consolidation),
    yearLink,
  };
}

const FIGURE_KEYS = [
  'newReceived',
  'grandTotal',
  'carriedForward',
  'reconsiderationTotal',
  'litigationTotal',
] as const satisfies readonly (keyof KeyFigures)[];

const isFigure = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

function readFigures(v: unknown): KeyFigures | null {
  if (!isPlainObject(v) || !FIGURE_KEYS.every((k) => isFigure(v[k]))) return null;
  return v as KeyFigures;
}

/** The digest kept in a row, or null when it is missing or damaged (then it is recomputed). */
export function readDigest(raw: unknown): RowDigest | null {
  if (!isPlainObject(raw) || !isPlainObject(raw.digest)) return null;
  const d = raw.digest;
  const figures = readFigures(d.figures);
  if (typeof d.contentKey !== 'string' || figures === null || !isPlainObject(d.yearLink))
    return null;
  const agencies = d.consolidatedAgencies;
  if (
    agencies !== null &&
    !(Array.isArray(agencies) && agencies.every((a) => typeof a === 'string'))
  )
    return null;
  if (!Object.values(d.yearLink).every(isFigure)) return null;
  return {
    contentKey: d.contentKey,
    figures,
    consolidatedAgencies: agencies,
    yearLink: d.yearLink as YearLink,
  };
}
