import type { Consolidation, ConsolidationSource, Contribution } from '../consolidate/types';
import { isPlainObject } from '../report/document';
import type { ReportOrigin } from './record';

// Lenient reading of what a stored or backed-up record says about where it came from: the file
// it was received from (`origin`) and, for a 汇总, its sources and contributions. Records of
// older releases have neither; a damaged entry is dropped rather than crashing the workspace.

const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isText) : []);

/** The origin of a record, or null when it has none (or it cannot be read). */
export function readOrigin(raw: unknown): ReportOrigin | null {
  if (!isPlainObject(raw) || !isText(raw.format)) return null;
  const time = (v: unknown) => (isText(v) && !Number.isNaN(Date.parse(v)) ? v : null);
  return {
    format: raw.format,
    receivedAt: time(raw.receivedAt),
    modifiedAt: time(raw.modifiedAt),
  };
}

function readSource(v: unknown): ConsolidationSource | null {
  if (!isPlainObject(v) || !isText(v.key) || !isText(v.agency) || !isText(v.contentKey))
    return null;
  if (typeof v.year !== 'number' || !Number.isInteger(v.year)) return null;
  const source: ConsolidationSource = {
    key: v.key,
    agency: v.agency,
    year: v.year,
    contentKey: v.contentKey,
    errors: isCount(v.errors) ? v.errors : 0,
    warnings: isCount(v.warnings) ? v.warnings : 0,
  };
  const inside = v.consolidatedAgencies;
  return Array.isArray(inside) ? { ...source, consolidatedAgencies: texts(inside) } : source;
}

function readContributions(v: unknown): Record<string, Contribution[]> {
  if (!isPlainObject(v)) return {};
  const out: Record<string, Contribution[]> = {};
  for (const [path, list] of Object.entries(v)) {
    if (!Array.isArray(list)) continue;
    out[path] = list.filter(
      (c): c is Contribution =>
        isPlainObject(c) && isText(c.agency) && typeof c.value === 'number' && isFinite(c.value),
    );
  }
  return out;
}

/** The consolidation record of a 汇总, or null for any other report (or an unreadable one). */
export function readConsolidation(raw: unknown): Consolidation | null {
  if (!isPlainObject(raw) || !Array.isArray(raw.sources)) return null;
  return {
    sources: raw.sources.map(readSource).filter((s) => s !== null),
    contributions: readContributions(raw.contributions),
    includedWithErrors: texts(raw.includedWithErrors),
  };
}

/** Every agency a 汇总 counts, its sources' and theirs when a source is itself a 汇总, each once. */
export function consolidatedAgenciesOf(consolidation: Consolidation | null): string[] | null {
  if (consolidation === null) return null;
  const all = consolidation.sources.flatMap((s) => [s.agency, ...(s.consolidatedAgencies ?? [])]);
  return [...new Set(all)];
}
