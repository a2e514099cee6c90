import { expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../domain/drafts/backup';
import { sample2021 } from '../domain/samples/sample-2021';
import { ConflictError } from './errors';
import type { ReportStore } from './report-store';
import {
  doc,
  loaded,
  refusal,
  testEnv,
  withLicensing,
  type MakeStore,
} from './report-store.contract-helpers';

// Backups and damaged rows: the part of the contract that keeps drafts from being lost.

/** A store with two reports: one submitted with problem counts, one in the 回收站. */
async function twoReports(make: MakeStore): Promise<ReportStore> {
  const store = await make(testEnv('src'));
  await store.create({ id: 'a', document: sample2021 });
  await store.save('a', withLicensing(sample2021, 4), 1, {
    status: 'submitted',
    problems: { errors: 0, warnings: 1 },
  });
  await store.create({ id: 'b', document: doc('嘉兴市科技局') });
  await store.remove('b');
  return store;
}

/** The backup of a store as it comes back from a file. */
async function backupFile(store: ReportStore): Promise<unknown> {
  return JSON.parse(serializeBackup(await store.exportBackup()));
}

async function everything(store: ReportStore) {
  const list = await store.list();
  const loads = await Promise.all(list.map((s) => store.load(s.id)));
  const history = await Promise.all(list.map((s) => store.listSnapshots(s.id)));
  return { list, loads, history };
}

/** Registers the backup tests of the contract. */
export function registerBackup(make: MakeStore): void {
  it('exports a backup that restores the same reports into an empty store', async () => {
    const source = await twoReports(make);
    const file = await source.exportBackup();
    expect(file).toMatchObject({
      kind: 'gov-info-disclosure-annual-report-backup',
      schemaVersion: 1,
    });
    const target = await make(testEnv('dst'));
    expect(await target.importBackup(await backupFile(source))).toEqual({
      added: 2,
      updated: 0,
      kept: 0,
      repairs: [],
    });
    expect(await everything(target)).toEqual(await everything(source));
  });

  it('importing the same backup twice changes nothing the second time (text is accepted too)', async () => {
    const source = await twoReports(make);
    const target = await make(testEnv('dst'));
    await target.importBackup(await backupFile(source));
    const before = await everything(target);
    const again = await target.importBackup(serializeBackup(await source.exportBackup()));
    expect(again).toMatchObject({ added: 0, updated: 0, kept: 2 });
    expect(await everything(target)).toEqual(before);
  });

  it('a newer version in the file wins; ours goes to history; the id is not duplicated', async () => {
    const target = await make(testEnv('dst'));
    await target.create({ id: 'a', document: withLicensing(sample2021, 1) });
    // Both clocks start together; the file's 'a' was saved after ours was created, so it is newer.
    const source = await twoReports(make);
    await target.importBackup(await backupFile(source));
    const record = await loaded(target, 'a');
    expect(record.document.proactive.licensing).toBe(4);
    expect(record.rev).toBe(3); // past both revs: a tab still at rev 1 must get a conflict
    expect((await target.list()).filter((s) => s.id === 'a')).toHaveLength(1);
    const history = await target.listSnapshots('a');
    expect(history.map((s) => s.kind)).toEqual(['conflict']);
    const old = await target.loadSnapshot(history[0]?.id ?? '');
    expect(old?.ok && old.snapshot.document.proactive.licensing).toBe(1);
    expect(await refusal(target.save('a', doc(), 1))).toBeInstanceOf(ConflictError);
  });

  it('an older version in the file is kept in history, ours stays', async () => {
    const source = await make(testEnv('src'));
    await source.create({ id: 'a', document: withLicensing(doc(), 1) });
    const target = await make(testEnv('dst'));
    await target.create({ id: 'a', document: withLicensing(doc(), 9) });
    await target.save('a', withLicensing(doc(), 8), 1); // at(1): newer than the file's at(0)
    expect(await target.importBackup(await backupFile(source))).toMatchObject({ kept: 1 });
    expect((await loaded(target, 'a')).document.proactive.licensing).toBe(8);
    const [entry] = await target.listSnapshots('a');
    const older = await target.loadSnapshot(entry?.id ?? '');
    expect(older?.ok && older.snapshot.document.proactive.licensing).toBe(1);
    await target.importBackup(await backupFile(source));
    expect(await target.listSnapshots('a')).toHaveLength(1);
  });

  it('refuses another kind of file, a newer version or a damaged file, and changes nothing', async () => {
    const target = await twoReports(make);
    const before = await everything(target);
    const good = (await backupFile(target)) as Record<string, unknown>;
    const bad: unknown[] = [
      { ...good, kind: 'something-else' },
      { ...good, schemaVersion: 2 },
      { ...sample2021 },
      { ...good, checksum: 'x' },
      {
        ...createBackup([], 'x'),
        reports: [{ id: 'z', document: { kind: 'other' } }],
        checksum: undefined,
      },
      '{ not json',
      42,
    ];
    for (const file of bad) {
      expect((await refusal(target.importBackup(file))).code).toBe('backup-refused');
    }
    expect(await everything(target)).toEqual(before);
  });
}

/** Rows as an older release or a damaged disk may leave them. */
export const damagedRows: readonly unknown[] = [
  {
    id: 'old',
    document: sample2021,
    rev: 2,
    status: 'draft',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
  },
  {
    id: 'broken',
    document: { kind: 'gov-info-disclosure-annual-report', schemaVersion: 1, template: '2021' },
    rev: 1,
    status: 'draft',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  },
  {
    id: 'bad-cell',
    document: {
      ...withLicensing(doc(), Number.NaN),
      overview: {},
      requests: { newReceived: { natural: 'abc' } },
    },
    rev: 1,
    status: 'submitted',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-03T00:00:00.000Z',
    deletedAt: null,
    acknowledgements: [],
    problems: null,
  },
];

/** Registers the tests of damaged and old rows. */
export function registerDamaged(make: MakeStore): void {
  it('opens old and partly damaged rows, and lists (never hides) one it cannot open', async () => {
    const store = await make({ ...testEnv(), rows: damagedRows });
    const list = await store.list();
    expect(list.map((s) => [s.id, s.unreadable === null])).toEqual([
      ['bad-cell', true],
      ['old', true],
      ['broken', false],
    ]);
    expect(list[2]?.title).toBe('（无法打开的报告）');
    const old = await store.load('old');
    expect(old).toMatchObject({
      ok: true,
      record: { deletedAt: null, acknowledgements: [], problems: null },
    });
    const repaired = await store.load('bad-cell');
    if (!repaired?.ok) throw new Error('bad-cell should open');
    expect(repaired.record.document.proactive.licensing).toBeNull();
    expect(repaired.repairs.join('\n')).toMatch('requests.newReceived.natural 的值无法读取');
    expect(await store.load('broken')).toMatchObject({ ok: false, id: 'broken' });
    expect((await store.exportBackup()).reports.map((r) => r.id).sort()).toEqual([
      'bad-cell',
      'old',
    ]);
  });

  it('a backup replaces a row it cannot open, keeping the damaged data in history', async () => {
    const store = await make({ ...testEnv(), rows: damagedRows });
    const file = createBackup([{ ...(await loaded(store, 'old')), id: 'broken' }], 'x');
    expect(await store.importBackup(file)).toMatchObject({ added: 0, updated: 1 });
    expect((await loaded(store, 'broken')).document.meta.agency).toBe('平湖市科技局');
    const [kept] = await store.listSnapshots('broken');
    expect(kept?.kind).toBe('conflict');
    expect(await store.loadSnapshot(kept?.id ?? '')).toMatchObject({ ok: false });
  });
}
