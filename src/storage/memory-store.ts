import type { TemplateDef } from '../domain/template/types';
import { gov2021 } from '../domain/template/gov-2021';
import type { Snapshot } from '../domain/drafts/record';
import { ConflictError } from './errors';
import type { ReportStore, ReportSummary, StoreEnv } from './report-store';
import { backupOf, planImport } from './store-backup';
import * as records from './store-records';
import * as snaps from './store-snapshots';

// The in-memory ReportStore for unit and component tests. Rows are cloned on the way in and
// out, as IndexedDB does, so a test cannot pass by sharing objects with the store.

/** Options of the memory store; `rows` seeds raw stored rows (e.g. damaged ones, for tests). */
export type MemoryStoreOptions = StoreEnv & { template?: TemplateDef; rows?: readonly unknown[] };

type State = {
  reports: Map<string, unknown>;
  history: snaps.SnapshotRow[];
  seq: number;
  rosters: Map<number, string[]>;
};

function seed(rows: readonly unknown[]): State {
  const reports = new Map<string, unknown>();
  for (const row of rows) reports.set(records.requireFields(row, '?').id, structuredClone(row));
  return { reports, history: [], seq: 0, rosters: new Map() };
}

function addSnapshots(state: State, list: readonly Snapshot[], limit: number): void {
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

/** A ReportStore that keeps everything in memory. */
export function createMemoryStore(options: MemoryStoreOptions): ReportStore {
  const t = options.template ?? gov2021;
  const limit = options.autoSnapshotLimit ?? snaps.AUTO_SNAPSHOT_LIMIT;
  const state = seed(options.rows ?? []);
  const { reports } = state;
  const get = (id: string) => records.requireFields(reports.get(id), id);
  const setDeleted = (id: string, deletedAt: string | null) =>
    void reports.set(id, { ...get(id), deletedAt });
  const load = (id: string) => {
    const raw = reports.get(id);
    return raw === undefined ? undefined : structuredClone(records.checkStoredRecord(t, raw));
  };
  const purge = (id: string) => {
    reports.delete(id);
    state.history = state.history.filter((s) => s.reportId !== id);
  };
  return {
    list: async () =>
      [...reports.values()]
        .map((r) => records.summarize(t, r))
        .filter((r): r is ReportSummary => r !== null)
        .sort(records.byUpdatedDesc),
    load: async (id) => load(id),
    loadMany: async (ids) => ids.map(load),
    create: async (input) => {
      const record = records.newRecord(t, input, options);
      if (reports.has(record.id)) throw records.exists(record.id);
      reports.set(record.id, structuredClone(records.toRow(t, record)));
      const { history } = input;
      if (history) {
        addSnapshots(
          state,
          [snaps.newSnapshot(record, history.description, history.kind, options)],
          limit,
        );
      }
      return record;
    },
    save: async (id, document, expectedRev, extra = {}) => {
      const current = get(id);
      if (current.rev !== expectedRev) throw new ConflictError(id, expectedRev, current.rev);
      const checked = records.checkDocumentForSave(t, document);
      const next = records.savedRecord(current, checked, extra, options.now());
      reports.set(id, structuredClone(records.toRow(t, next)));
      return { rev: next.rev, updatedAt: next.updatedAt };
    },
    remove: async (id) => setDeleted(id, options.now()),
    restore: async (id) => setDeleted(id, null),
    purge: async (id) => {
      if (get(id).deletedAt === null) throw records.notInTrash();
      purge(id);
    },
    emptyTrash: async () => {
      const trashed = [...reports.keys()].filter((id) => get(id).deletedAt !== null);
      trashed.forEach(purge);
      return trashed.length;
    },
    snapshot: async (id, description, kind, version) => {
      const record = records.requireRecord(t, reports.get(id), id);
      const captured = records.snapshotRecord(t, record, version);
      const s = snaps.newSnapshot(captured, description, kind, options);
      addSnapshots(state, [s], limit);
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
    exportBackup: async () => {
      const rosters = [...state.rosters].map(([year, names]) => ({ year, names }));
      return structuredClone(backupOf(t, [...reports.values()], options.now(), rosters));
    },
    importBackup: async (file) => {
      const known = new Set(state.history.map((s) => s.contentKey));
      const years = new Set(state.rosters.keys());
      const writes = planImport(t, [...reports.values()], known, file, options, years);
      addSnapshots(state, writes.snapshots, limit);
      for (const r of writes.rosters) state.rosters.set(r.year, [...r.names]);
      for (const r of writes.put) reports.set(r.id, structuredClone(records.toRow(t, r)));
      return writes.result;
    },
    getRoster: async (year) => structuredClone(state.rosters.get(year) ?? null),
    setRoster: async (year, names) => void state.rosters.set(year, [...names]),
    close: () => {},
  };
}
