import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from './dexie-store';
import { doc, testEnv } from './report-store.contract-helpers';
import { REPORTS_TABLE } from './storage-keys';
import { readStoredRow } from './stored-row';

// The boot script's check of the saved view reads the stored rev without Dexie.

const page = { indexedDB } as unknown as Window;
const read = (name: string, id: string) =>
  new Promise<unknown>((done) => readStoredRow(page, name, REPORTS_TABLE, id, done));

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
});
