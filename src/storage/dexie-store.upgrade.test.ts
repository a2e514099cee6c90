import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sample2021 } from '../domain/samples/sample-2021';
import { SCHEMA_V1, SCHEMA_V2 } from './dexie-schema';
import { sourceContentKey } from '../domain/consolidate/source-key';
import { keyFigures } from '../domain/workspace/summary';
import { gov2021 } from '../domain/template/gov-2021';
import { createDexieStore, type DexieReportStore } from './dexie-store';
import { testEnv } from './report-store.contract-helpers';

// A database written by an earlier release (schema version 1, 2 or 3) must open in this one with
// nothing lost, and the new features (回收站, history, backups, review, workspace) must work on
// its reports.

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

const noReview = { comments: [], events: [], lastExchange: null, baseline: null };
/** The fields version 4 adds to every record (the digest stays in the row, not the record). */
const noWorkspace = { consolidation: null, origin: null };

/** The row as release 2 wrote it: with 回收站, acknowledgements and problems, without review. */
const v2Row = {
  ...v1Row,
  deletedAt: null,
  acknowledgements: [
    { rule: 'feeReported', fields: ['otherMatters'], reason: '无', at: v1Row.updatedAt },
  ],
  problems: { errors: 0, warnings: 0 },
};

async function writeAsRelease2(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.table('reports').add(v2Row);
  await old.table('snapshots').add({
    id: 's1',
    reportId: 'r1',
    kind: 'submit',
    createdAt: v1Row.updatedAt,
    description: '提交',
    rev: 7,
    status: 'submitted',
    updatedAt: v1Row.updatedAt,
    contentKey: 'k',
    document: sample2021,
  });
  await old
    .table('meta')
    .put({ key: 'database', value: { createdAt: '2024-01-01T00:00:00.000Z', upgradedFrom: null } });
  old.close();
}

function openCurrent(name: string, onVersionChange?: () => void): DexieReportStore {
  const store = createDexieStore({ ...testEnv(), name, onVersionChange });
  opened.push(store);
  return store;
}

describe('upgrading a version-2 database', () => {
  it('keeps reports, history and database facts, and fills the review data', async () => {
    const name = `upgrade2-${Math.random()}`;
    await writeAsRelease2(name);
    const store = openCurrent(name);
    expect(await store.load('r1')).toEqual({
      ok: true,
      record: { ...v2Row, review: noReview, ...noWorkspace },
      repairs: [],
      contentKey: sourceContentKey(sample2021),
    });
    expect(store.db.verno).toBe(5);
    expect(await store.db.reports.get('r1')).toMatchObject({ review: noReview });
    expect((await store.listSnapshots('r1')).map((s) => s.id)).toEqual(['s1']);
    // createdAt must not move: a change would read as "the browser deleted the database".
    expect(await store.info()).toEqual({
      createdAt: '2024-01-01T00:00:00.000Z',
      upgradedFrom: null,
    });
  });

  it('stores review data on an upgraded report', async () => {
    const name = `upgrade2-${Math.random()}`;
    await writeAsRelease2(name);
    const store = openCurrent(name);
    const review = { ...noReview, lastExchange: { documentKey: 'k', at: v1Row.updatedAt } };
    expect((await store.save('r1', sample2021, 7, { review })).rev).toBe(8);
    const loaded = await store.load('r1');
    expect(loaded?.ok && loaded.record.review).toEqual(review);
  });
});

describe('upgrading a version-1 database', () => {
  it('keeps every report and fills the new fields', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeAsRelease1(name);
    const store = openCurrent(name);
    const loaded = await store.load('r1');
    expect(loaded).toEqual({
      ok: true,
      record: {
        ...v1Row,
        deletedAt: null,
        acknowledgements: [],
        problems: null,
        review: noReview,
        ...noWorkspace,
      },
      repairs: [],
      contentKey: sourceContentKey(sample2021),
    });
    expect(store.db.verno).toBe(5);
    expect(await store.info()).toMatchObject({ upgradedFrom: 1 });
    // The upgrade wrote the defaults into the row itself, not only into what load returns.
    expect(await store.db.reports.get('r1')).toMatchObject({
      deletedAt: null,
      problems: null,
      review: noReview,
    });
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
    newer.version(6).stores({ reports: 'id, updatedAt', extra: 'id' });
    opened.push(newer);
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie logs the forced close
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(store.db.isOpen()).toBe(false);
  });
});

/** A row as release 3 wrote it: with review data, without consolidation, origin or digest. */
const v3Row = { ...v2Row, review: noReview };

async function writeAsRelease3(name: string, rows: readonly unknown[]): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V2);
  await old.table('reports').bulkAdd([...rows]);
  old.close();
}

describe('upgrading a version-3 database', () => {
  it('fills the workspace fields and the list digest of every readable row', async () => {
    const name = `upgrade3-${Math.random()}`;
    const broken = { ...v3Row, id: 'r2', document: { kind: 'something-else' } };
    await writeAsRelease3(name, [v3Row, broken]);
    const store = openCurrent(name);
    expect(await store.load('r1')).toEqual({
      ok: true,
      record: { ...v3Row, ...noWorkspace },
      repairs: [],
      contentKey: sourceContentKey(sample2021),
    });
    expect(store.db.verno).toBe(5);
    const row = await store.db.reports.get('r1');
    expect(row?.digest).toMatchObject({
      contentKey: sourceContentKey(sample2021),
      figures: keyFigures(gov2021, sample2021),
      consolidatedAgencies: null,
    });
    // A row that cannot be opened is kept as it was and still listed, marked unreadable.
    expect((await store.db.reports.get('r2'))?.digest).toBeUndefined();
    const list = await store.list();
    expect(list.find((s) => s.id === 'r2')).toMatchObject({ figures: null, origin: null });
    expect(list.find((s) => s.id === 'r2')?.unreadable).toEqual(expect.any(String));
    expect(list.find((s) => s.id === 'r1')).toMatchObject({
      contentKey: sourceContentKey(sample2021),
      figures: keyFigures(gov2021, sample2021),
    });
  });

  it('keeps rosters per year in the upgraded database', async () => {
    const name = `upgrade3-${Math.random()}`;
    await writeAsRelease3(name, [v3Row]);
    const store = openCurrent(name);
    expect(await store.getRoster(2024)).toBeNull();
    await store.setRoster(2024, ['平湖市科技局', '平湖市财政局']);
    expect(await store.getRoster(2024)).toEqual(['平湖市科技局', '平湖市财政局']);
    expect(await store.getRoster(2023)).toBeNull();
  });
});
