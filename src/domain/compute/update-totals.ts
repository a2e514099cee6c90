import type { TemplateDef } from '../template/types';
import type { ComputedCell } from '../template/cells';
import { memoByTemplate } from '../template/memo';
import type { ReportDocument } from '../report/document';
import { computedCells, sumParts, type Totals } from './totals';

// A keystroke changes one cell, which feeds at most three totals (its row's 总计, its column's
// （七）总计 and the corner); recomputing all sixty on every keystroke is the editor's waste.

/** For each path, the computed cells that depend on it directly or through another total. */
const dependents = memoByTemplate(
  (t: TemplateDef): ReadonlyMap<string, readonly ComputedCell[]> => {
    const cells = computedCells(t);
    const direct = new Map<string, Set<ComputedCell>>();
    for (const cell of cells)
      for (const p of cell.parts) direct.set(p, (direct.get(p) ?? new Set()).add(cell));
    const out = new Map<string, readonly ComputedCell[]>();
    for (const path of direct.keys()) {
      const reached = new Set<ComputedCell>();
      const visit = (p: string) =>
        direct.get(p)?.forEach((c) => reached.has(c) || (reached.add(c), visit(c.path)));
      visit(path);
      // In the template's order, where every cell comes after its parts.
      out.set(
        path,
        cells.filter((c) => reached.has(c)),
      );
    }
    return out;
  },
);

/**
 * The totals of `doc`, given `previous` = the totals of a document that differs from `doc` only at
 * `changed` paths. Equal to `computeTotals(t, doc)`; returns `previous` itself when no total moved.
 */
export function updateTotals(
  t: TemplateDef,
  previous: Totals,
  doc: ReportDocument,
  changed: Iterable<string>,
): Totals {
  const index = dependents(t);
  const affected = new Set<ComputedCell>();
  for (const p of changed) index.get(p)?.forEach((c) => affected.add(c));
  if (affected.size === 0) return previous;
  const order = computedCells(t);
  const out: Record<string, number> = { ...previous };
  let moved = false;
  for (const cell of order) {
    if (!affected.has(cell)) continue;
    const value = sumParts(cell, doc, out);
    moved ||= value !== out[cell.path];
    out[cell.path] = value;
  }
  return moved ? out : previous;
}
