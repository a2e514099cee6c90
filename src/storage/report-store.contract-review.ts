import { expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../domain/drafts/backup';
import { emptyReview, type ReviewData } from '../domain/drafts/record';
import { sample2021 } from '../domain/samples/sample-2021';
import {
  doc,
  loaded,
  testEnv,
  withLicensing,
  type MakeStore,
} from './report-store.contract-helpers';

// Review data (issue 6) in the ReportStore contract: it round-trips through create, save, load
// and backups, a save that does not name it keeps it, and backups of older releases still load.

const AT = '2025-01-10T01:00:00.000Z';

/** Review data with one thread, one event, an exchange and a baseline. */
export function sampleReview(): ReviewData {
  const author = { name: '李主任', role: 'reviewer' as const };
  return {
    comments: [
      {
        id: 'c1',
        anchor: { type: 'cell', path: 'proactive.licensing' },
        messages: [{ id: 'm1', author, at: AT, text: '请核对行政许可数量' }],
        resolved: false,
      },
    ],
    events: [
      {
        id: 'e1',
        action: 'submit',
        at: AT,
        actor: { name: '王小明', role: 'preparer' },
        fromStatus: 'draft',
        toStatus: 'submitted',
        rev: 1,
      },
    ],
    lastExchange: { documentKey: 'abc', at: AT },
    baseline: withLicensing(sample2021, 2),
  };
}

/** Registers the review-data tests of the contract. */
export function registerReview(make: MakeStore): void {
  it('stores review data with create and save, and keeps it when a save does not name it', async () => {
    const store = await make(testEnv());
    const created = await store.create({ id: 'a', document: doc(), review: sampleReview() });
    expect(created.review).toEqual(sampleReview());
    expect((await loaded(store, 'a')).review).toEqual(sampleReview());
    await store.save('a', withLicensing(doc(), 3), 1);
    expect((await loaded(store, 'a')).review).toEqual(sampleReview());
    const next = { ...sampleReview(), comments: [], baseline: null };
    await store.save('a', doc(), 2, { review: next, status: 'returned' });
    expect(await loaded(store, 'a')).toMatchObject({ review: next, status: 'returned', rev: 3 });
    await store.create({ id: 'b', document: doc('乙') });
    expect((await loaded(store, 'b')).review).toEqual(emptyReview());
  });

  it('carries review data through a backup, and reads backups written without it', async () => {
    const source = await make(testEnv('src'));
    await source.create({ id: 'a', document: sample2021, review: sampleReview() });
    const target = await make(testEnv('dst'));
    await target.importBackup(JSON.parse(serializeBackup(await source.exportBackup())));
    expect((await loaded(target, 'a')).review).toEqual(sampleReview());
    const old = createBackup([], AT);
    const { review: _review, ...oldRecord } = await loaded(source, 'a');
    const file = { ...old, reports: [{ ...oldRecord, id: 'old' }], checksum: undefined };
    expect(await target.importBackup(file)).toMatchObject({ added: 1 });
    expect((await loaded(target, 'old')).review).toEqual(emptyReview());
  });

  it('drops a damaged baseline with a repair instead of refusing the report', async () => {
    const row = { ...(await rowOf(make)), review: { ...sampleReview(), baseline: { kind: 'x' } } };
    const store = await make({ ...testEnv(), rows: [row] });
    const result = await store.load('a');
    expect(result?.ok && result.record.review.baseline).toBeNull();
    expect(result?.ok && result.record.review.comments).toHaveLength(1);
  });
}

/** Registers the test of snapshots of a version that is not stored. */
export function registerVersionSnapshot(make: MakeStore): void {
  it('keeps a given version in history without changing the stored report', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'a', document: withLicensing(doc(), 1) });
    const before = await loaded(store, 'a');
    const version = {
      document: withLicensing(doc(), 7),
      status: 'submitted' as const,
      rev: 4,
      updatedAt: AT,
      acknowledgements: [],
    };
    const s = await store.snapshot('a', '对方的版本', 'conflict', version);
    expect(s).toMatchObject({ kind: 'conflict', status: 'submitted', rev: 4, updatedAt: AT });
    const kept = await store.loadSnapshot(s.id);
    expect(kept?.ok && kept.snapshot.document.proactive.licensing).toBe(7);
    expect(await loaded(store, 'a')).toEqual(before);
  });
}

async function rowOf(make: MakeStore) {
  const store = await make(testEnv('row'));
  return store.create({ id: 'a', document: doc() });
}
