import { expect, it } from 'vitest';
import { serializeBackup } from '../domain/drafts/backup';
import { sample2021 } from '../domain/samples/sample-2021';
import { gov2021 } from '../domain/template/gov-2021';
import { getCell, setAtPath } from '../domain/report/document';
import { sourceContentKey } from '../domain/consolidate/source-key';
import type { Consolidation } from '../domain/consolidate/types';
import { keyFigures } from '../domain/workspace/summary';
import { doc, loaded, testEnv, type MakeStore } from './report-store.contract-helpers';

// The workspace's part of the contract (issue 12): where a report came from, a 汇总's sources,
// what the list shows without reading documents, and the roster of each year.

/** A 汇总 of two districts, one of them itself the 汇总 of two departments. */
const consolidation: Consolidation = {
  sources: [
    { key: 'a', agency: '甲区', year: 2021, contentKey: 'k1', errors: 0, warnings: 1 },
    {
      key: 'b',
      agency: '乙区汇总',
      year: 2021,
      contentKey: 'k2',
      errors: 1,
      warnings: 0,
      consolidatedAgencies: ['乙区教育局', '乙区财政局'],
    },
  ],
  contributions: { 'proactive.licensing': [{ agency: '甲区', value: 3 }] },
  includedWithErrors: ['乙区汇总'],
};

const received = {
  format: 'text',
  receivedAt: '2025-01-20T08:00:00.000Z',
  modifiedAt: '2025-01-18T16:30:00.000Z',
};

/** Registers the workspace tests of the contract. */
export function registerWorkspace(make: MakeStore): void {
  it('keeps origin and consolidation with the record, and lists them', async () => {
    const store = await make(testEnv());
    await store.create({ id: 's', document: doc('市汇总'), consolidation });
    await store.create({ id: 'r', document: sample2021, origin: received });
    await store.create({ id: 'p', document: doc('丙局') });
    expect(await loaded(store, 's')).toMatchObject({ consolidation, origin: null });
    expect(await loaded(store, 'r')).toMatchObject({ consolidation: null, origin: received });
    const byId = new Map((await store.list()).map((s) => [s.id, s]));
    expect(byId.get('s')?.consolidatedAgencies).toEqual([
      '甲区',
      '乙区汇总',
      '乙区教育局',
      '乙区财政局',
    ]);
    expect(byId.get('r')).toMatchObject({ origin: received, consolidatedAgencies: null });
    expect(byId.get('p')).toMatchObject({ origin: null, consolidatedAgencies: null });
  });

  it('lists the content key, key figures and cross-year cells as of the last save', async () => {
    const store = await make(testEnv());
    await store.create({ id: 'r', document: sample2021 });
    const first = (await store.list())[0];
    expect(first?.contentKey).toBe(sourceContentKey((await loaded(store, 'r')).document));
    expect(first?.figures).toEqual(keyFigures(gov2021, sample2021));
    const edited = setAtPath(sample2021, 'requests.carriedForward.natural', 77);
    await store.save('r', edited, 1);
    const after = (await store.list())[0];
    expect(after?.contentKey).not.toBe(first?.contentKey);
    expect(after?.contentKey).toBe(sourceContentKey((await loaded(store, 'r')).document));
    expect(after?.figures).toEqual(keyFigures(gov2021, edited));
    expect(after?.yearLink?.['requests.carriedForward.natural']).toBe(77);
    expect(after?.yearLink?.['requests.carriedOver.natural']).toBe(
      getCell(sample2021, 'requests.carriedOver.natural'),
    );
  });

  it('takes the first history entry of a new report when asked, in the same write', async () => {
    const store = await make(testEnv());
    const history = { description: '由 2 份报告汇总生成', kind: 'import' as const };
    const created = await store.create({ document: doc('市汇总'), consolidation, history });
    await store.create({ id: 'plain', document: doc('丙局') });
    const entries = await store.listSnapshots(created.id);
    expect(entries).toEqual([
      expect.objectContaining({ description: history.description, kind: 'import', rev: 1 }),
    ]);
    const first = await store.loadSnapshot(entries[0]?.id ?? '');
    expect(first?.ok && first.snapshot.document).toEqual(created.document);
    expect(await store.listSnapshots('plain')).toEqual([]);
  });

  it('changes origin and consolidation on save only when asked', async () => {
    const store = await make(testEnv());
    await store.create({ id: 's', document: doc('市汇总'), consolidation, origin: received });
    await store.save('s', doc('市汇总'), 1);
    expect(await loaded(store, 's')).toMatchObject({ consolidation, origin: received });
    const newer = { format: 'json', receivedAt: '2025-01-25T08:00:00.000Z', modifiedAt: null };
    await store.save('s', doc('市汇总'), 2, { origin: newer, consolidation: null });
    expect(await loaded(store, 's')).toMatchObject({ consolidation: null, origin: newer });
    expect((await store.list())[0]?.consolidatedAgencies).toBeNull();
  });

  it('keeps origin and consolidation through a backup', async () => {
    const source = await make(testEnv('src'));
    await source.create({ id: 's', document: doc('市汇总'), consolidation });
    await source.create({ id: 'r', document: sample2021, origin: received });
    const file: unknown = JSON.parse(serializeBackup(await source.exportBackup()));
    const target = await make(testEnv('dst'));
    await target.importBackup(file);
    expect(await loaded(target, 's')).toEqual(await loaded(source, 's'));
    expect(await loaded(target, 'r')).toEqual(await loaded(source, 'r'));
    expect(await target.list()).toEqual(await source.list());
  });

  it('lists a row written without a digest with figures computed from its document', async () => {
    const row = { id: 'old', document: sample2021, rev: 1, status: 'draft' };
    const store = await make({ ...testEnv(), rows: [row] });
    expect((await store.list())[0]).toMatchObject({
      figures: keyFigures(gov2021, sample2021),
      contentKey: sourceContentKey(sample2021),
    });
  });

  it('keeps one roster per year, replaced as a whole', async () => {
    const store = await make(testEnv());
    expect(await store.getRoster(2024)).toBeNull();
    await store.setRoster(2024, ['平湖市科技局', '平湖市财政局']);
    await store.setRoster(2023, ['平湖市科技局']);
    const got = await store.getRoster(2024);
    got?.push('changed outside the store');
    expect(await store.getRoster(2024)).toEqual(['平湖市科技局', '平湖市财政局']);
    await store.setRoster(2024, ['平湖市教育局']);
    expect(await store.getRoster(2024)).toEqual(['平湖市教育局']);
    expect(await store.getRoster(2023)).toEqual(['平湖市科技局']);
  });
}

/** Registers the roster part of backups. */
export function registerRosterBackup(make: MakeStore): void {
  it('keeps the rosters in a backup, and never overwrites a roster kept here', async () => {
    const source = await make(testEnv('src'));
    await source.setRoster(2024, ['甲局', '乙局']);
    await source.setRoster(2023, ['甲局']);
    const file: unknown = JSON.parse(serializeBackup(await source.exportBackup()));
    const target = await make(testEnv('dst'));
    await target.setRoster(2023, ['丙局']);
    await target.importBackup(file);
    expect(await target.getRoster(2024)).toEqual(['甲局', '乙局']);
    expect(await target.getRoster(2023)).toEqual(['丙局']);
  });
}
