// When autosave also records a version in the history (issue 4 item 9): before the first save
// of an editing session (so what was there when the report was opened can be brought back),
// then every `everySaves` saves or every `everyMs` of work, whichever comes first.

export type SnapshotPolicy = { everySaves: number; everyMs: number };

export const DEFAULT_POLICY: SnapshotPolicy = { everySaves: 20, everyMs: 5 * 60_000 };

/** Saves since the last snapshot and when it was taken (ms; null: none in this session). */
export type SnapshotClock = { saves: number; lastAt: number | null };

export const START: SnapshotClock = { saves: 0, lastAt: null };

/** Whether to snapshot the stored version before this save (the session's first). */
export function snapshotBeforeSave(clock: SnapshotClock): boolean {
  return clock.lastAt === null;
}

/** The clock after a save at `now`, and whether to snapshot the version just saved. */
export function afterSave(
  clock: SnapshotClock,
  now: number,
  policy: SnapshotPolicy = DEFAULT_POLICY,
): { clock: SnapshotClock; take: boolean } {
  const lastAt = clock.lastAt ?? now;
  const saves = clock.saves + 1;
  const take = saves >= policy.everySaves || now - lastAt >= policy.everyMs;
  return take ? { clock: { saves: 0, lastAt: now }, take } : { clock: { saves, lastAt }, take };
}
