import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from './dexie-store';
import { doc, testEnv } from './report-store.contract-helpers';
import { REPORTS_TABLE } from './storage-keys';
import { readStoredRow } from './stored-row';

// The page's first read of a report goes around Dexie, which is still downloading.

const read = (name: string, id: string) => readStoredRow(indexedDB, name, REPORTS_TABLE, id);

describe('reading a stored row without Dexie', () => {
  it('gives the row the Dexie store wrote, with its rev, and nothing for an unknown id', async () => {
    const name = `nianbao-row-${Math.random()}`;
    const store = createDexieStore({ ...testEnv(), name });
    const created = await store.create({ document: doc() });
    await store.save(created.id, doc('另一个局'), created.rev);
    store.close();
    expect(await read(name, created.id)).toMatchObject({ id: created.id, rev: 2 });
    expect(await read(name, 'no-such-id')).toBeUndefined();
  });

  it('never creates a database that is not there', async () => {
    const name = `nianbao-none-${Math.random()}`;
    expect(await read(name, 'x')).toBeUndefined();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });

  it('does not hold up the store: its connection closes as soon as the row is read', async () => {
    const name = `nianbao-close-${Math.random()}`;
    const store = createDexieStore({ ...testEnv(), name });
    const created = await store.create({ document: doc() });
    store.close();
    await read(name, created.id);
    // Deleting a database waits for every connection to it: it completes only if none is left.
    await new Promise((ok, fail) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = ok;
      del.onerror = fail;
      del.onblocked = () => fail(new Error('a connection is still open'));
    });
  });
});
