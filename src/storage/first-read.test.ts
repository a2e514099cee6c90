import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from './dexie-store';
import { startFirstRead, takeFirstRead } from './first-read';
import { doc, testEnv } from './report-store.contract-helpers';
import { DATABASE_NAME } from './storage-keys';

describe("the page's first read of its report", () => {
  it('gives the stored row to the first taker of that report only', async () => {
    const store = createDexieStore({ ...testEnv(), name: DATABASE_NAME });
    const created = await store.create({ document: doc('某局') });
    store.close();
    startFirstRead(created.id);
    expect(takeFirstRead('another-report')).toBeUndefined();
    expect(await takeFirstRead(created.id)).toMatchObject({ id: created.id, rev: 1 });
    // Reopening the report later (another route, a restore) goes through the store.
    expect(takeFirstRead(created.id)).toBeUndefined();
  });

  it('starts nothing where the browser has no IndexedDB', () => {
    startFirstRead('x', null);
    expect(takeFirstRead('x')).toBeUndefined();
  });
});
