import type { TemplateDef } from '../domain/template/types';
import { gov2021 } from '../domain/template/gov-2021';
import type { Snapshot } from '../domain/drafts/record';
import { ReportDb, type DatabaseInfo } from './dexie-schema';
import { ConflictError, notFound } from './errors';
import type { ReportStore, StoreEnv } from './report-store';
import * as records from './store-records';
import * as snaps from './store-snapshots';
import { listSummaries, putListings } from './dexie-listing';

// The IndexedDB ReportStore. Every read-check-write runs in one transaction: IndexedDB
// serialises overlapping read-write transactions across tabs, so the rev check of `save`
// cannot interleave with another tab's save.

/** Options of the IndexedDB store. */
export type DexieStoreOptions = StoreEnv & {
  /** Database name (one per test; the app uses one fixed name). */
  name: string;
  template?: TemplateDef;
  /** Called when another tab opens a newer version: this connection closes; prompt a reload. */
  onVersionChange?: () => void;
  /** IndexedDB implementation, when not the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
};

/** The IndexedDB store, with its database (for tests and diagnostics). */
export type DexieReportStore = ReportStore & {
  readonly db: ReportDb;
  /** When this database was created: if it changes, the browser deleted the old one. */
  info(): Promise<DatabaseInfo | undefined>;
};

async function addSnapshots(db: ReportDb, list: readonly Snapshot[], limit: number) {
  await db.snapshots.bulkAdd(list.map((s) => ({ ...s })));
  for (const id of new Set(list.map((s) => s.reportId))) {
    const mine = await db.snapshots.where('reportId').equals(id).toArray();
    const pruned = snaps
      .autoOverflow(mine, limit)
      .flatMap((s) => (s.seq === undefined ? [] : [s.seq]));
    await db.snapshots.bulkDelete(pruned);
  }
}

async function purgeRows(db: ReportDb, ids: readonly string[]) {
  await db.reports.bulkDelete([...ids]);
  await db.listing.bulkDelete([...ids]);
  await db.snapshots
    .where('reportId')
    .anyOf([...ids])
    .delete();
}

/** A ReportStore on IndexedDB through Dexie. */
export function createDexieStore(options: DexieStoreOptions): DexieReportStore {
  const t = options.template ?? gov2021;
  const limit = options.autoSnapshotLimit ?? snaps.AUTO_SNAPSHOT_LIMIT;
  const { indexedDB, IDBKeyRange } = options;
  const db = new ReportDb(
    options.name,
    options.now,
    t,
    indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined,
  );
  if (options.onVersionChange) db.on('versionchange', options.onVersionChange);
  // Every write of a report writes its listing row too, in the same transaction.
  const rw = <R>(fn: () => Promise<R>) =>
    db.transaction('rw', db.reports, db.snapshots, db.listing, fn);
  const putRow = async (row: records.StoredRow) => {
    await db.reports.put(row);
    await putListings(db, t, [row]);
  };
  const setDeleted = (id: string, deletedAt: string | null) =>
    db.transaction('rw', db.reports, db.listing, async () => {
      const row = await db.reports.get(id);
      if (row === undefined) throw notFound(id);
      await putRow({ ...row, deletedAt });
    });
  return {
    db,
    info: async () => (await db.meta.get('database'))?.value,
    list: () => listSummaries(db, t),
    load: async (id) => {
      const raw = await db.reports.get(id);
      return raw === undefined ? undefined : records.checkStoredRecord(t, raw);
    },
    loadMany: async (ids) =>
      (await db.reports.bulkGet([...ids])).map((raw) =>
        raw === undefined ? undefined : records.checkStoredRecord(t, raw),
      ),
    create: (input) =>
      rw(async () => {
        const record = records.newRecord(t, input, options);
        if ((await db.reports.get(record.id)) !== undefined) throw records.exists(record.id);
        await putRow(records.toRow(t, record));
        const { history } = input;
        if (history) {
          const first = snaps.newSnapshot(record, history.description, history.kind, options);
          await addSnapshots(db, [first], limit);
        }
        return record;
      }),
    save: (id, document, expectedRev, extra = {}) =>
      rw(async () => {
        const current = records.requireFields(await db.reports.get(id), id);
        if (current.rev !== expectedRev) throw new ConflictError(id, expectedRev, current.rev);
        const checked = records.checkDocumentForSave(t, document);
        const next = records.savedRecord(current, checked, extra, options.now());
        await putRow(records.toRow(t, next));
        return { rev: next.rev, updatedAt: next.updatedAt };
      }),
    remove: (id) => setDeleted(id, options.now()),
    restore: (id) => setDeleted(id, null),
    purge: (id) =>
      rw(async () => {
        const current = records.requireFields(await db.reports.get(id), id);
        if (current.deletedAt === null) throw records.notInTrash();
        await purgeRows(db, [id]);
      }),
    emptyTrash: () =>
      rw(async () => {
        const trashed = (await db.reports.toArray()).filter((r) => r.deletedAt != null);
        await purgeRows(
          db,
          trashed.map((r) => r.id),
        );
        return trashed.length;
      }),
    snapshot: (id, description, kind, version) =>
      rw(async () => {
        const record = records.requireRecord(t, await db.reports.get(id), id);
        const captured = records.snapshotRecord(t, record, version);
        const s = snaps.newSnapshot(captured, description, kind, options);
        await addSnapshots(db, [s], limit);
        return snaps.summarizeSnapshot(s);
      }),
    listSnapshots: async (id) =>
      (await db.snapshots.where('reportId').equals(id).toArray())
        .sort(snaps.newestFirst)
        .map(snaps.summarizeSnapshot),
    loadSnapshot: async (snapshotId) => {
      const row = await db.snapshots.where('id').equals(snapshotId).first();
      return row && snaps.checkStoredSnapshot(t, row);
    },
    // Backup code loads when used (it is not needed to open a report); the module is loaded
    // before the transaction starts, since awaiting anything else inside one would end it.
    exportBackup: async () => {
      const { backupOf } = await import('./store-backup');
      const rosters = (await db.rosters.toArray()).map(({ year, names }) => ({ year, names }));
      return backupOf(t, await db.reports.toArray(), options.now(), rosters);
    },
    importBackup: async (file) => {
      const { planImport } = await import('./store-backup');
      return db.transaction('rw', [db.reports, db.snapshots, db.rosters, db.listing], async () => {
        const known = new Set((await db.snapshots.orderBy('contentKey').uniqueKeys()).map(String));
        const years = new Set((await db.rosters.toCollection().primaryKeys()).map(Number));
        const rows = await db.reports.toArray();
        const writes = planImport(t, rows, known, file, options, years);
        await addSnapshots(db, writes.snapshots, limit);
        const written = writes.put.map((r) => records.toRow(t, r));
        await db.reports.bulkPut(written);
        await putListings(db, t, written);
        const at = options.now();
        await db.rosters.bulkPut(writes.rosters.map((r) => ({ ...r, updatedAt: at })));
        return writes.result;
      });
    },
    getRoster: async (year) => (await db.rosters.get(year))?.names ?? null,
    setRoster: async (year, names) => {
      await db.rosters.put({ year, names: [...names], updatedAt: options.now() });
    },
    close: () => db.close(),
  };
}
