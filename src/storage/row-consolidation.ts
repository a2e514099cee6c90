import { isPlainObject } from '../domain/report/document';
import type { Consolidation, Contribution } from '../domain/consolidate/types';

// A 汇总's contributions as a stored row keeps them: one column of values per cell, in the order
// of its sources, instead of one { agency, value } object per source and cell. A 汇总 of 500
// reports has 80,000 contributions: as objects, its row took about 3 MB and as many objects to
// write, to read back and to collect; as columns, a few arrays of numbers. The lists are rebuilt
// exactly when the row is read (largest first, equal values in the order of the sources, as
// `consolidate` makes them). A consolidation that the columns cannot give back exactly (one not
// made by `consolidate`, say, from a file) is kept as it is.

const LAYOUT = 'columns-1';

/** A consolidation as stored in columns. */
type Packed = {
  layout: typeof LAYOUT;
  sources: Consolidation['sources'];
  includedWithErrors: Consolidation['includedWithErrors'];
  /** Cell path → each source's value (null: none), in the order of `sources`. */
  columns: Record<string, (number | null)[]>;
};

/** Largest first; equal values keep the order of the sources (the sort is stable). */
const byValueDesc = (a: Contribution, b: Contribution) => b.value - a.value;

function unpackColumn(agencies: readonly string[], column: readonly unknown[]): Contribution[] {
  const list: Contribution[] = [];
  agencies.forEach((agency, i) => {
    const value = column[i];
    if (typeof value === 'number') list.push({ agency, value });
  });
  return list.sort(byValueDesc);
}

function sameList(a: readonly Contribution[], b: readonly Contribution[]): boolean {
  return (
    a.length === b.length && a.every((c, i) => c.agency === b[i]?.agency && c.value === b[i]?.value)
  );
}

/** The column of one cell, or null when the list does not come back exactly from one. */
function packColumn(
  index: ReadonlyMap<string, number>,
  agencies: readonly string[],
  list: readonly Contribution[],
): (number | null)[] | null {
  const column: (number | null)[] = agencies.map(() => null);
  for (const { agency, value } of list) {
    const i = index.get(agency);
    if (i === undefined || column[i] !== null) return null;
    column[i] = value;
  }
  return sameList(unpackColumn(agencies, column), list) ? column : null;
}

/** The consolidation as a row stores it: in columns when they give it back exactly. */
export function packConsolidation(c: Consolidation | null): Consolidation | Packed | null {
  if (c === null) return null;
  const agencies = c.sources.map((s) => s.agency);
  const index = new Map(agencies.map((a, i) => [a, i]));
  if (index.size !== agencies.length) return c;
  const columns: Packed['columns'] = {};
  for (const [path, list] of Object.entries(c.contributions)) {
    const column = packColumn(index, agencies, list);
    if (column === null) return c;
    columns[path] = column;
  }
  return { layout: LAYOUT, sources: c.sources, includedWithErrors: c.includedWithErrors, columns };
}

/** The stored consolidation with its contributions as lists again (anything else as it is). */
export function unpackConsolidation(raw: unknown): unknown {
  if (!isPlainObject(raw) || raw.layout !== LAYOUT || !isPlainObject(raw.columns)) return raw;
  if (!Array.isArray(raw.sources)) return raw;
  const agencies = raw.sources.map((s: unknown) =>
    isPlainObject(s) && typeof s.agency === 'string' ? s.agency : '',
  );
  const contributions: Record<string, Contribution[]> = {};
  for (const [path, column] of Object.entries(raw.columns)) {
    if (Array.isArray(column)) contributions[path] = unpackColumn(agencies, column);
  }
  return { sources: raw.sources, contributions, includedWithErrors: raw.includedWithErrors };
}

/** A stored row with its consolidation unpacked, for the readers of record fields. */
export function unpackRow(raw: unknown): unknown {
  if (!isPlainObject(raw) || !isPlainObject(raw.consolidation)) return raw;
  if (raw.consolidation.layout !== LAYOUT) return raw;
  return { ...raw, consolidation: unpackConsolidation(raw.consolidation) };
}
