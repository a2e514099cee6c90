import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sample2021 } from '../domain/samples/sample-2021';
import { SCHEMA_V1 } from './dexie-schema';
import { createDexieStore, type DexieReportStore } from './dexie-store';
import { testEnv } from './report-store.contract-helpers';

// A database written by the previous release (schema version 1) must open in this one with
// nothing lost, and the new features (回收站, history, backups) must work on its reports.

const opened: { close(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

/** The row exactly as release 1 wrote it: no deletedAt, acknowledgements or problems. */
const v1Row = {
  id: 'r1',
  document: sample2021,
  rev: 7,
  status: 'submitted',
  createdAt: '2024-03-01T08:00:00.000Z',
  updatedAt: '2024-03-02T09:30:00.000Z',
};

async function writeAsRelease1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('reports').add(v1Row);
  old.close();
}

function openCurrent(name: string, onVersionChange?: () => void): DexieReportStore {
  const store = createDexieStore({ ...testEnv(), name, onVersionChange });
  opened.push(store);
  return store;
}

describe('upgrading a version-1 database', () => {
  it('keeps every report and fills the new fields', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeAsRelease1(name);
    const store = openCurrent(name);
    const loaded = await store.load('r1');
    expect(loaded).toEqual({
      ok: true,
      record: { ...v1Row, deletedAt: null, acknowledgements: [], problems: null },
      repairs: [],
    });
    expect(store.db.verno).toBe(2);
    expect(await store.info()).toMatchObject({ upgradedFrom: 1 });
    // The upgrade wrote the defaults into the row itself, not only into what load returns.
    expect(await store.db.reports.get('r1')).toMatchObject({ deletedAt: null, problems: null });
  });

  it('lets the upgraded report use history, the 回收站 and backups', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeAsRelease1(name);
    const store = openCurrent(name);
    const s = await store.snapshot('r1', '升级后的第一个历史版本', 'auto');
    expect((await store.listSnapshots('r1')).map((h) => h.id)).toEqual([s.id]);
    expect((await store.save('r1', sample2021, 7)).rev).toBe(8);
    await store.remove('r1');
    expect((await store.list())[0]?.deletedAt).not.toBeNull();
    expect((await store.exportBackup()).reports.map((r) => r.id)).toEqual(['r1']);
  });

  it('records when a fresh database was created (a change means the browser deleted it)', async () => {
    const store = openCurrent(`fresh-${Math.random()}`);
    expect(await store.list()).toEqual([]);
    expect(await store.info()).toEqual({ createdAt: expect.any(String), upgradedFrom: null });
  });

  it('tells the app when another tab opens a newer version', async () => {
    const name = `newer-${Math.random()}`;
    const onVersionChange = vi.fn();
    const store = openCurrent(name, onVersionChange);
    await store.list(); // opens the connection
    const newer = new Dexie(name);
    newer.version(3).stores({ reports: 'id, updatedAt', extra: 'id' });
    opened.push(newer);
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie logs the forced close
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(store.db.isOpen()).toBe(false);
  });
});
