import { afterEach, describe, expect, it } from 'vitest';
import { sample2021 } from '../domain/samples/sample-2021';
import { ConflictError } from './errors';
import type { ReportStore } from './report-store';
import { registerBackup, registerDamaged } from './report-store.contract-backup';
import { registerReview, registerVersionSnapshot } from './report-store.contract-review';
import { registerRosterBackup, registerWorkspace } from './report-store.contract-workspace';
import {
  doc,
  loaded,
  refusal,
  testEnv,
  withLicensing,
  type MakeStore,
} from './report-store.contract-helpers';

// The one contract every ReportStore passes (memory-store.test.ts, dexie-store.test.ts).

/** Runs the ReportStore contract against `makeStore`. */
export function runReportStoreContract(name: string, makeStore: MakeStore): void {
  describe(`ReportStore contract: ${name}`, () => {
    const open: ReportStore[] = [];
    const make: MakeStore = async (env) => {
      const s = await makeStore(env);
      open.push(s);
      return s;
    };
    afterEach(() => {
      for (const s of open.splice(0)) s.close();
    });
    registerCrud(make);
    registerTrash(make);
    registerSnapshots(make);
    registerBackup(make);
    registerDamaged(make);
    registerReview(make);
    registerVersionSnapshot(make);
    registerWorkspace(make);
    registerRosterBackup(make);
  });
}

function registerCrud(make: MakeStore): void {
  it('creates, lists and loads a report', async () => {
    const env = testEnv();
    const store = await make(env);
    const created = await store.create({ document: sample2021 });
    expect(created).toMatchObject({ id: 'id-1', rev: 1, status: 'draft', deletedAt: null });
    expect(created.createdAt).toBe(env.last());
    const list = await store.list();
    // The content key is the one the list shows (a 汇总 tells a changed source by it).
    const contentKey = list[0]?.contentKey;
    expect(await store.load('id-1')).toEqual({
      ok: true,
      record: created,
      repairs: [],
      contentKey,
    });
    expect(await store.load('nope')).toBeUndefined();
    await store.create({ id: 'second', document: doc('平湖市财政局') });
    expect(await store.loadMany(['second', 'nope', 'id-1'])).toEqual([
      await store.load('second'),
      undefined,
      await store.load('id-1'),
    ]);
    expect(list).toEqual([
      expect.objectContaining({
        id: 'id-1',
        agency: '平湖市科技局',
        year: 2021,
        title: '平湖市科技局2021年度政府信息公开工作年度报告',
        status: 'draft',
        problems: null,
        unreadable: null,
      }),
    ]);
    expect((await refusal(store.create({ id: 'id-1', document: doc() }))).code).toBe('exists');
  });

  it('lists the most recently updated first', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'a', document: doc('甲') });
    await store.create({ id: 'b', document: doc('乙') });
    await store.save('a', withLicensing(doc('甲'), 1), 1);
    expect((await store.list()).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('save bumps rev and stores the document, status, problems and acknowledgements', async () => {
    const env = testEnv();
    const store = await make(env);
    await store.create({ id: 'a', document: doc() });
    const ack = {
      rule: 'inForceRollForward',
      fields: ['proactive.regulations.inForce'],
      reason: '修订',
      at: '2025-02-01T00:00:00.000Z',
    };
    const extra = {
      status: 'submitted' as const,
      problems: { errors: 0, warnings: 2 },
      acknowledgements: [ack],
    };
    const saved = await store.save('a', withLicensing(doc(), 5), 1, extra);
    expect(saved).toEqual({ rev: 2, updatedAt: env.last() });
    const record = await loaded(store, 'a');
    expect(record).toMatchObject({ rev: 2, updatedAt: env.last(), ...extra });
    expect(record.document.proactive.licensing).toBe(5);
    expect((await store.list())[0]?.problems).toEqual({ errors: 0, warnings: 2 });
    expect((await store.save('a', doc(), 2)).rev).toBe(3);
  });

  it('rejects a save with a stale rev with ConflictError and changes nothing', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'a', document: doc() });
    await store.save('a', withLicensing(doc(), 1), 1); // the other tab
    const before = await store.load('a');
    const e = await refusal(store.save('a', withLicensing(doc(), 2), 1));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e).toMatchObject({ code: 'conflict', id: 'a', expectedRev: 1, actualRev: 2 });
    expect(await store.load('a')).toEqual(before);
    expect((await refusal(store.save('nope', doc(), 1))).code).toBe('not-found');
  });

  it('keeps out-of-range figures of a draft, and refuses a document it cannot open', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'a', document: withLicensing(doc(), -3) });
    expect((await loaded(store, 'a')).document.proactive.licensing).toBe(-3);
    const broken = { ...doc(), template: '1999' };
    expect((await refusal(store.save('a', broken, 1))).code).toBe('invalid-document');
    expect((await loaded(store, 'a')).rev).toBe(1);
  });
}

function registerTrash(make: MakeStore): void {
  it('moves a report to the 回收站 and back', async () => {
    const env = testEnv();
    const store = await make(env);
    await store.create({ id: 'a', document: doc() });
    await store.remove('a');
    const deletedAt = env.last();
    expect((await store.list())[0]).toMatchObject({ id: 'a', deletedAt });
    expect((await loaded(store, 'a')).deletedAt).toBe(deletedAt);
    await store.restore('a');
    expect((await store.list())[0]?.deletedAt).toBeNull();
    expect((await refusal(store.remove('nope'))).code).toBe('not-found');
  });

  it('purges only reports in the 回收站, with their history', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'a', document: doc() });
    await store.snapshot('a', '提交前', 'submit');
    expect((await refusal(store.purge('a'))).code).toBe('not-in-trash');
    await store.remove('a');
    await store.purge('a');
    expect(await store.load('a')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    expect(await store.listSnapshots('a')).toEqual([]);
  });

  it('emptyTrash deletes every report in the 回收站 and nothing else', async () => {
    const store = await make(testEnv());
    for (const id of ['a', 'b', 'c']) await store.create({ id, document: doc(id) });
    await store.remove('a');
    await store.remove('c');
    expect(await store.emptyTrash()).toBe(2);
    expect((await store.list()).map((s) => s.id)).toEqual(['b']);
    expect(await store.emptyTrash()).toBe(0);
  });
}

function registerSnapshots(make: MakeStore): void {
  it('lists history newest first, and loadSnapshot returns that version', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'a', document: withLicensing(doc(), 1) });
    const first = await store.snapshot('a', '提交审核', 'submit');
    await store.save('a', withLicensing(doc(), 2), 1, { status: 'returned' });
    const second = await store.snapshot('a', '退回修改', 'return');
    await store.save('a', withLicensing(doc(), 3), 2);
    expect(second.createdAt > first.createdAt).toBe(true);
    const list = await store.listSnapshots('a');
    expect(list.map((s) => [s.description, s.kind, s.createdAt])).toEqual([
      ['退回修改', 'return', second.createdAt],
      ['提交审核', 'submit', first.createdAt],
    ]);
    expect(list).toEqual([second, first]);
    const old = await store.loadSnapshot(first.id);
    if (!old?.ok) throw new Error('snapshot not loaded');
    expect(old.snapshot).toMatchObject({ reportId: 'a', rev: 1, status: 'draft' });
    expect(old.snapshot.document.proactive.licensing).toBe(1);
    expect(await store.loadSnapshot('nope')).toBeUndefined();
    expect((await refusal(store.snapshot('nope', 'x', 'auto'))).code).toBe('not-found');
  });

  it('orders snapshots taken at the same moment by when they were taken', async () => {
    const store = await make({ now: () => '2025-01-01T00:00:00.000Z', newId: testEnv('s').newId });
    await store.create({ id: 'a', document: doc() });
    for (const d of ['一', '二', '三']) await store.snapshot('a', d, 'submit');
    expect((await store.listSnapshots('a')).map((s) => s.description)).toEqual(['三', '二', '一']);
  });

  it('keeps only the newest auto snapshots, and every other kind', async () => {
    const store = await make(testEnv()); // autoSnapshotLimit: 3
    await store.create({ id: 'a', document: doc() });
    await store.snapshot('a', '提交', 'submit');
    for (const n of [1, 2, 3, 4, 5]) await store.snapshot('a', `自动 ${n}`, 'auto');
    const names = (await store.listSnapshots('a')).map((s) => s.description);
    expect(names).toEqual(['自动 5', '自动 4', '自动 3', '提交']);
  });
}
