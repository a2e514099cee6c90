import type { WorkspaceRow } from './rows';

// Which reports the 生成汇总报告 dialog offers and selects at first (issue 12 item 5): every
// received report without errors; anything else the user adds is named in a warning.

/** The rows that can be summed: every report of the year (not the 未报送 roster names). */
export function consolidationCandidates(rows: readonly WorkspaceRow[]): WorkspaceRow[] {
  return rows.filter((r) => r.id !== null);
}

/** True for a row selected by default: received, checked, without errors, not a 汇总 made here. */
export function isDefaultSource(row: WorkspaceRow): boolean {
  return row.id !== null && row.received && row.errors === 0 && !row.consolidated;
}

/** Ids of the rows selected by default. */
export function defaultSources(rows: readonly WorkspaceRow[]): string[] {
  return rows.filter(isDefaultSource).flatMap((r) => (r.id === null ? [] : [r.id]));
}

/** The selected rows outside the default, which the result's warning must name. */
export function addedSources(rows: readonly WorkspaceRow[], selected: ReadonlySet<string>) {
  return rows.filter((r) => r.id !== null && selected.has(r.id) && !isDefaultSource(r));
}

/** Ids of selected sources that have errors (or were never checked): summed on purpose. */
export function sourcesWithErrors(
  rows: readonly WorkspaceRow[],
  selected: ReadonlySet<string>,
): string[] {
  return rows.flatMap((r) =>
    r.id !== null && selected.has(r.id) && (r.errors === null || r.errors > 0) ? [r.id] : [],
  );
}
