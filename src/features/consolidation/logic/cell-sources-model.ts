import { formatCellValue, listInputCells, type TemplateDef } from '@/domain';
import type { Consolidation, Contribution } from '@/domain/consolidate/types';

// What a consolidated report shows of one cell's sources. The `data-sources` attribute of an
// input cell is JSON: an array of [机关, value] pairs, one per source whose value is not 0,
// largest first, e.g. [["平湖市科技局",12],["平湖市教育局",3]] ("[]" when none is above 0).
// Zeros are left out on purpose: they add nothing to the sum, and in a 汇总 of hundreds of
// agencies most cells are 0 in most sources, so listing them would multiply the page's size.
// The tooltip and the panel say how many agencies gave 0 and which left the cell blank.

/** The `data-sources` text of a cell's contributions (see above). */
export function sourcesAttribute(list: readonly Contribution[] | undefined): string {
  const pairs = (list ?? []).filter((c) => c.value !== 0).map((c) => [c.agency, c.value]);
  return JSON.stringify(pairs);
}

/** The `data-sources` text of every input cell of the template, by field path. */
export function sourcesAttributes(
  t: TemplateDef,
  consolidation: Consolidation,
): Map<string, string> {
  const { contributions } = consolidation;
  return new Map(listInputCells(t).map((c) => [c.path, sourcesAttribute(contributions[c.path])]));
}

/** One contribution as shown: 机关 → value. */
export function contributionLine(c: Contribution): string {
  return `${c.agency} → ${formatCellValue(c.value)}`;
}

/** A cell's sources split for display: values above 0 (largest first), zeros, blanks. */
export type CellSourcesView = {
  /** 机关 → value of each source above 0, largest first (at most `limit` of them). */
  readonly lines: readonly string[];
  /** Sources above 0 beyond `limit`. */
  readonly more: number;
  /** Sources that gave 0. */
  readonly zero: readonly string[];
  /** Sources that left the cell blank. */
  readonly blank: readonly string[];
};

/** The view of one cell's contributions; `limit` caps the lines (the tooltip shows a few). */
export function describeCellSources(
  consolidation: Consolidation,
  path: string,
  limit = Number.POSITIVE_INFINITY,
): CellSourcesView {
  const list = consolidation.contributions[path] ?? [];
  const above = list.filter((c) => c.value !== 0);
  const zero = list.filter((c) => c.value === 0).map((c) => c.agency);
  const given = new Set(list.map((c) => c.agency));
  const blank = consolidation.sources.map((s) => s.agency).filter((a) => !given.has(a));
  return {
    lines: above.slice(0, limit).map(contributionLine),
    more: Math.max(0, above.length - limit),
    zero,
    blank,
  };
}
