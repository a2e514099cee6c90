import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { gov2021 } from '../domain/template/gov-2021';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V4 } from './dexie-schema';
import { createDexieStore, type DexieReportStore } from './dexie-store';
import { createMemoryStore } from './memory-store';
import { doc, loaded, testEnv, withLicensing } from './report-store.contract-helpers';
import { listingFormat } from './listing';
import { toRow } from './store-records';

// Schema version 5 keeps each report's list line in `listing`, written with the report. The
// list must stay what the reports say: after an upgrade, for rows written past the store, and
// when a listing row is damaged or of an older format.

const opened: DexieReportStore[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

function open(name = `listing-${Math.random()}`): DexieReportStore {
  const store = createDexieStore({ ...testEnv(), name });
  opened.push(store);
  return store;
}

/** The same rows in a memory store: the list every store must give. */
async function expectedList(rows: readonly unknown[]) {
  return createMemoryStore({ ...testEnv(), rows }).list();
}

async function rowsOf(store: DexieReportStore) {
  return store.db.reports.toArray();
}

describe('the listing table', () => {
  it('is written for every row when a version-4 database is upgraded', async () => {
    const name = `upgrade4-${Math.random()}`;
    const source = open(`source-${Math.random()}`);
    const a = await source.create({ document: withLicensing(doc('平湖市科技局', 2024), 3) });
    await source.create({ document: doc('平湖市财政局', 2024) });
    await source.remove(a.id);
    const rows = await rowsOf(source);
    const broken = { ...rows[0], id: 'broken', document: { kind: 'something-else' } };
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V2);
    old.version(4).stores(SCHEMA_V4);
    await old.table('reports').bulkAdd([...rows, broken]);
    old.close();

    const store = open(name);
    expect(await store.list()).toEqual(await expectedList([...rows, broken]));
    expect(store.db.verno).toBe(5);
    const listing = await store.db.listing.toArray();
    expect(listing.map((l) => l.id).sort()).toEqual([...rows.map((r) => r.id), 'broken'].sort());
    expect(listing.every((l) => l.format === listingFormat(gov2021))).toBe(true);
  });

  it('follows every change: create, save, 回收站, restore, purge and backups', async () => {
    const store = open();
    const a = await store.create({ document: doc('平湖市科技局', 2024) });
    const b = await store.create({ document: doc('平湖市财政局', 2024) });
    await store.save(a.id, withLicensing(a.document, 9), a.rev, { status: 'submitted' });
    await store.remove(b.id);
    expect(await store.list()).toEqual(await expectedList(await rowsOf(store)));
    await store.restore(b.id);
    await store.remove(b.id);
    await store.purge(b.id);
    const backup = await store.exportBackup();
    const other = open();
    await other.importBackup(backup);
    expect(await other.list()).toEqual(await expectedList(await rowsOf(other)));
    expect(await store.list()).toEqual(await expectedList(await rowsOf(store)));
    expect((await store.db.listing.toArray()).map((l) => l.id)).toEqual([a.id]);
  });

  it('lists a report written past the store, and keeps its line from then on', async () => {
    const store = open();
    const a = await store.create({ document: doc('平湖市科技局', 2024) });
    // As the bench seeds 1,000 reports: a row copied with the raw API, under another id.
    const record = {
      ...(await loaded(store, a.id)),
      id: 'copied',
      document: doc('平湖市水利局', 2024),
    };
    await store.db.reports.put(toRow(gov2021, record));
    const list = await store.list();
    expect(list.map((s) => s.agency).sort()).toEqual(['平湖市水利局', '平湖市科技局'].sort());
    expect((await store.db.listing.get('copied'))?.summary.agency).toBe('平湖市水利局');
  });

  it('works a damaged or outdated line out again from the report', async () => {
    const store = open();
    const a = await store.create({ document: doc('平湖市科技局', 2024) });
    const b = await store.create({ document: doc('平湖市财政局', 2024) });
    const line = await store.db.listing.get(a.id);
    if (!line) throw new Error('no listing row');
    await store.db.listing.put({ ...line, format: 'an older format' });
    await store.db.listing.put({
      ...line,
      id: b.id,
      summary: { ...line.summary, year: 'x' as never },
    });
    expect(await store.list()).toEqual(await expectedList(await rowsOf(store)));
    expect((await store.db.listing.get(a.id))?.format).toBe(listingFormat(gov2021));
  });
});
