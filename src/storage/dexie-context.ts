import type { TemplateDef } from '../domain/template/types';
import type { Snapshot } from '../domain/drafts/record';
import type { ReportDb } from './dexie-schema';
import type { StoreEnv } from './report-store';
import type { StoredRow } from './store-records';
import * as snaps from './store-snapshots';
import { putListings } from './dexie-listing';

// What the parts of the IndexedDB store (dexie-store.ts, dexie-writes.ts) share, and the writes
// more than one of them makes. Each helper runs inside the caller's transaction: none opens one.

/** The database and settings every part of the IndexedDB store works with. */
export type DexieContext = {
  readonly db: ReportDb;
  readonly t: TemplateDef;
  /** The clock and ids (the store's options). */
  readonly env: StoreEnv;
  /** How many 'auto' snapshots to keep per report. */
  readonly limit: number;
  /** Runs `fn` in one read-write transaction over reports, snapshots and listing. */
  readonly rw: <R>(fn: () => Promise<R>) => Promise<R>;
};

/** Writes a report's row and, as every write of a report must, its listing row. */
export async function putRow({ db, t }: DexieContext, row: StoredRow): Promise<void> {
  await db.reports.put(row);
  await putListings(db, t, [row]);
}

/** Adds history entries, then prunes the 'auto' entries past the limit of each report touched. */
export async function addSnapshots(
  { db, limit }: DexieContext,
  list: readonly Snapshot[],
): Promise<void> {
  await db.snapshots.bulkAdd(list.map((s) => ({ ...s })));
  for (const id of new Set(list.map((s) => s.reportId))) {
    const mine = await db.snapshots.where('reportId').equals(id).toArray();
    const pruned = snaps
      .autoOverflow(mine, limit)
      .flatMap((s) => (s.seq === undefined ? [] : [s.seq]));
    await db.snapshots.bulkDelete(pruned);
  }
}

/** Deletes reports for good: their rows, listing rows and history. */
export async function purgeRows({ db }: DexieContext, ids: readonly string[]): Promise<void> {
  await db.reports.bulkDelete([...ids]);
  await db.listing.bulkDelete([...ids]);
  await db.snapshots
    .where('reportId')
    .anyOf([...ids])
    .delete();
}
