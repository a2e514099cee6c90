import 'fake-indexeddb/auto';
import type { StoredRow } from './store-records';
import { createDexieStore } from './dexie-store';
import { runReportStoreContract } from './report-store.contract';

let n = 0;

runReportStoreContract('dexie', async ({ rows, ...env }) => {
  // A fresh database per store: tests never see each other's data.
  const store = createDexieStore({ ...env, name: `nianbao-test-${++n}-${Math.random()}` });
  // Raw rows, as an older release or a damaged disk left them: written past the type on purpose.
  if (rows) await store.db.reports.bulkPut(rows as StoredRow[]);
  return store;
});
