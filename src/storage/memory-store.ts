import type { TemplateDef } from '../domain/template/types';
import { gov2021 } from '../domain/template/gov-2021';
import { ConflictError } from './errors';
import type { ReportStore, ReportSummary, StoreEnv } from './report-store';
import { backupOf, planImport } from './store-backup';
import * as records from './store-records';
import * as snaps from './store-snapshots';
import {
  addSnapshots,
  getFields,
  loadOne,
  purgeOne,
  seed,
  type MemoryContext,
} from './memory-context';

// The in-memory ReportStore for unit and component tests. Rows are cloned on the way in and
// out, as IndexedDB does, so a test cannot pass by sharing objects with the store.

/** Options of the memory store; `rows` seeds raw stored rows (e.g. damaged ones, for tests). */
export type MemoryStoreOptions = StoreEnv & { template?: TemplateDef; rows?: readonly unknown[] };

/** Listing and loading reports. */
function reads(ctx: MemoryContext): Pick<ReportStore, 'list' | 'load' | 'loadMany'> {
  const { t, state } = ctx;
  return {
    list: async () =>
      [...state.reports.values()]
        .map((r) => records.summarize(t, r))
        .filter((r): r is ReportSummary => r !== null)
        .sort(records.byUpdatedDesc),
    load: async (id) => loadOne(ctx, id),
    loadMany: async (ids) => ids.map((id) => loadOne(ctx, id)),
  };
}

/** Creating and saving reports. */
function writes(ctx: MemoryContext): Pick<ReportStore, 'create' | 'save'> {
  const { t, env, state } = ctx;
  return {
    create: async (input) => {
      const record = records.newRecord(t, input, env);
      if (state.reports.has(record.id)) throw records.exists(record.id);
      state.reports.set(record.id, structuredClone(records.toRow(t, record)));
      const { history } = input;
      if (history) {
        addSnapshots(ctx, [snaps.newSnapshot(record, history.description, history.kind, env)]);
      }
      return record;
    },
    save: async (id, document, expectedRev, extra = {}) => {
      const current = getFields(ctx, id);
      if (current.rev !== expectedRev) throw new ConflictError(id, expectedRev, current.rev);
      const checked = records.checkDocumentForSave(t, document);
      const next = records.savedRecord(current, checked, extra, env.now());
      state.reports.set(id, structuredClone(records.toRow(t, next)));
      return { rev: next.rev, updatedAt: next.updatedAt };
    },
  };
}

/** The 回收站: moving reports in and out, and deleting them for good. */
function trash(
  ctx: MemoryContext,
): Pick<ReportStore, 'remove' | 'restore' | 'purge' | 'emptyTrash'> {
  const { env, state } = ctx;
  const setDeleted = (id: string, deletedAt: string | null) =>
    void state.reports.set(id, { ...getFields(ctx, id), deletedAt });
  return {
    remove: async (id) => setDeleted(id, env.now()),
    restore: async (id) => setDeleted(id, null),
    purge: async (id) => {
      if (getFields(ctx, id).deletedAt === null) throw records.notInTrash();
      purgeOne(ctx, id);
    },
    emptyTrash: async () => {
      const trashed = [...state.reports.keys()].filter(
        (id) => getFields(ctx, id).deletedAt !== null,
      );
      trashed.forEach((id) => purgeOne(ctx, id));
      return trashed.length;
    },
  };
}

/** A report's history: taking, listing and loading entries. */
function snapshots(
  ctx: MemoryContext,
): Pick<ReportStore, 'snapshot' | 'listSnapshots' | 'loadSnapshot'> {
  const { t, env, state } = ctx;
  return {
    snapshot: async (id, description, kind, version) => {
      const record = records.requireRecord(t, state.reports.get(id), id);
      const captured = records.snapshotRecord(t, record, version);
      const s = snaps.newSnapshot(captured, description, kind, env);
      addSnapshots(ctx, [s]);
      return snaps.summarizeSnapshot(s);
    },
    listSnapshots: async (id) =>
      state.history
        .filter((s) => s.reportId === id)
        .sort(snaps.newestFirst)
        .map((s) => structuredClone(snaps.summarizeSnapshot(s))),
    loadSnapshot: async (snapshotId) => {
      const row = state.history.find((s) => s.id === snapshotId);
      return row && structuredClone(snaps.checkStoredSnapshot(t, row));
    },
  };
}

/** Exporting and importing backup files. */
function backup(ctx: MemoryContext): Pick<ReportStore, 'exportBackup' | 'importBackup'> {
  const { t, env, state } = ctx;
  return {
    exportBackup: async () => {
      const rosters = [...state.rosters].map(([year, names]) => ({ year, names }));
      return structuredClone(backupOf(t, [...state.reports.values()], env.now(), rosters));
    },
    importBackup: async (file) => {
      const known = new Set(state.history.map((s) => s.contentKey));
      const years = new Set(state.rosters.keys());
      const plan = planImport(t, [...state.reports.values()], known, file, env, years);
      addSnapshots(ctx, plan.snapshots);
      for (const r of plan.rosters) state.rosters.set(r.year, [...r.names]);
      for (const r of plan.put) state.reports.set(r.id, structuredClone(records.toRow(t, r)));
      return plan.result;
    },
  };
}

/** The rosters (名单) of the agencies expected to report, per year. */
function rosters({ state }: MemoryContext): Pick<ReportStore, 'getRoster' | 'setRoster'> {
  return {
    getRoster: async (year) => structuredClone(state.rosters.get(year) ?? null),
    setRoster: async (year, names) => void state.rosters.set(year, [...names]),
  };
}

/** A ReportStore that keeps everything in memory. */
export function createMemoryStore(options: MemoryStoreOptions): ReportStore {
  const ctx: MemoryContext = {
    t: options.template ?? gov2021,
    env: options,
    limit: options.autoSnapshotLimit ?? snaps.AUTO_SNAPSHOT_LIMIT,
    state: seed(options.rows ?? []),
  };
  return {
    ...reads(ctx),
    ...writes(ctx),
    ...trash(ctx),
    ...snapshots(ctx),
    ...backup(ctx),
    ...rosters(ctx),
    close: () => {},
  };
}
