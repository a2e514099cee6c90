import type { TemplateDef } from '../domain/template/types';
import type { Snapshot, UncheckedRecord } from '../domain/drafts/record';
import type { StoreEnv } from './report-store';
import * as records from './store-records';
import * as snaps from './store-snapshots';

// The state of the memory store (memory-store.ts) and the steps more than one of its parts
// takes. Rows go in and out as clones, as with IndexedDB.

/** Everything the memory store holds. */
export type MemoryState = {
  reports: Map<string, unknown>;
  history: snaps.SnapshotRow[];
  seq: number;
  rosters: Map<number, string[]>;
};

/** The state and settings every part of the memory store works with. */
export type MemoryContext = {
  readonly t: TemplateDef;
  /** The clock and ids (the store's options). */
  readonly env: StoreEnv;
  /** How many 'auto' snapshots to keep per report. */
  readonly limit: number;
  readonly state: MemoryState;
};

/** A state holding copies of the raw stored `rows`. */
export function seed(rows: readonly unknown[]): MemoryState {
  const reports = new Map<string, unknown>();
  for (const row of rows) reports.set(records.requireFields(row, '?').id, structuredClone(row));
  return { reports, history: [], seq: 0, rosters: new Map() };
}

/** Adds history entries, then prunes the 'auto' entries past the limit of each report touched. */
export function addSnapshots({ state, limit }: MemoryContext, list: readonly Snapshot[]): void {
  for (const s of list) state.history.push({ ...structuredClone(s), seq: ++state.seq });
  const ids = new Set(list.map((s) => s.reportId));
  const pruned = new Set(
    [...ids].flatMap((id) =>
      snaps.autoOverflow(
        state.history.filter((h) => h.reportId === id),
        limit,
      ),
    ),
  );
  state.history = state.history.filter((h) => !pruned.has(h));
}

/** The stored fields of report `id` (document unchecked); throws 'not-found' when unusable. */
export function getFields({ state }: MemoryContext, id: string): UncheckedRecord {
  return records.requireFields(state.reports.get(id), id);
}

/** Report `id` as `load` gives it (a copy), or undefined when there is none. */
export function loadOne({ t, state }: MemoryContext, id: string) {
  const raw = state.reports.get(id);
  return raw === undefined ? undefined : structuredClone(records.checkStoredRecord(t, raw));
}

/** Deletes report `id` and its history for good. */
export function purgeOne({ state }: MemoryContext, id: string): void {
  state.reports.delete(id);
  state.history = state.history.filter((s) => s.reportId !== id);
}
