import type { TemplateDef } from '../domain/template/types';
import { gov2021 } from '../domain/template/gov-2021';
import { ReportDb, type DatabaseInfo } from './dexie-schema';
import type { ReportStore, StoreEnv } from './report-store';
import * as records from './store-records';
import * as snaps from './store-snapshots';
import { listSummaries, putListings } from './dexie-listing';
import { addSnapshots, type DexieContext } from './dexie-context';
import { trash, writes } from './dexie-writes';

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

/** Opens the database of `options` and gathers what the store's parts share. */
function openContext(options: DexieStoreOptions): DexieContext {
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
  return { db, t, env: options, limit, rw };
}

/** Listing and loading reports. */
function reads({ db, t }: DexieContext): Pick<ReportStore, 'list' | 'load' | 'loadMany'> {
  return {
    list: () => listSummaries(db, t),
    load: async (id) => {
      const raw = await db.reports.get(id);
      return raw === undefined ? undefined : records.checkStoredRecord(t, raw);
    },
    loadMany: async (ids) =>
      (await db.reports.bulkGet([...ids])).map((raw) =>
        raw === undefined ? undefined : records.checkStoredRecord(t, raw),
      ),
  };
}

/** A report's history: taking, listing and loading entries. */
function snapshots(
  ctx: DexieContext,
): Pick<ReportStore, 'snapshot' | 'listSnapshots' | 'loadSnapshot'> {
  const { db, t, env, rw } = ctx;
  return {
    snapshot: (id, description, kind, version) =>
      rw(async () => {
        const record = records.requireRecord(t, await db.reports.get(id), id);
        const captured = records.snapshotRecord(t, record, version);
        const s = snaps.newSnapshot(captured, description, kind, env);
        await addSnapshots(ctx, [s]);
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
  };
}

/** Exporting and importing backup files. */
function backup(ctx: DexieContext): Pick<ReportStore, 'exportBackup' | 'importBackup'> {
  const { db, t, env } = ctx;
  return {
    // Backup code loads when used (it is not needed to open a report); the module is loaded
    // before the transaction starts, since awaiting anything else inside one would end it.
    exportBackup: async () => {
      const { backupOf } = await import('./store-backup');
      const rosters = (await db.rosters.toArray()).map(({ year, names }) => ({ year, names }));
      return backupOf(t, await db.reports.toArray(), env.now(), rosters);
    },
    importBackup: async (file) => {
      const { planImport } = await import('./store-backup');
      return db.transaction('rw', [db.reports, db.snapshots, db.rosters, db.listing], async () => {
        const known = new Set((await db.snapshots.orderBy('contentKey').uniqueKeys()).map(String));
        const years = new Set((await db.rosters.toCollection().primaryKeys()).map(Number));
        const rows = await db.reports.toArray();
        const plan = planImport(t, rows, known, file, env, years);
        await addSnapshots(ctx, plan.snapshots);
        const written = plan.put.map((r) => records.toRow(t, r));
        await db.reports.bulkPut(written);
        await putListings(db, t, written);
        const at = env.now();
        await db.rosters.bulkPut(plan.rosters.map((r) => ({ ...r, updatedAt: at })));
        return plan.result;
      });
    },
  };
}

/** The rosters (名单) of the agencies expected to report, per year. */
function rosters({ db, env }: DexieContext): Pick<ReportStore, 'getRoster' | 'setRoster'> {
  return {
    getRoster: async (year) => (await db.rosters.get(year))?.names ?? null,
    setRoster: async (year, names) => {
      await db.rosters.put({ year, names: [...names], updatedAt: env.now() });
    },
  };
}

/** A ReportStore on IndexedDB through Dexie. */
export function createDexieStore(options: DexieStoreOptions): DexieReportStore {
  const ctx = openContext(options);
  const { db } = ctx;
  return {
    db,
    info: async () => (await db.meta.get('database'))?.value,
    ...reads(ctx),
    ...writes(ctx),
    ...trash(ctx),
    ...snapshots(ctx),
    ...backup(ctx),
    ...rosters(ctx),
    close: () => db.close(),
  };
}
