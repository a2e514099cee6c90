import { describe, expect, it } from 'vitest';
import { createLazyStore } from './lazy-store';
import { createMemoryStore } from './memory-store';
import { doc, testEnv } from './report-store.contract-helpers';
import { runReportStoreContract } from './report-store.contract';

// The lazy store is the app's store: it must keep every promise of the port.
runReportStoreContract('lazy (memory)', async (env) =>
  createLazyStore(async () => createMemoryStore(env)),
);

describe('a store loaded on first use', () => {
  it('loads the real store once, on the first call, and not before', async () => {
    let loads = 0;
    const store = createLazyStore(async () => (loads++, createMemoryStore(testEnv())));
    expect(loads).toBe(0);
    const created = await store.create({ document: doc() });
    expect((await store.load(created.id))?.ok).toBe(true);
    expect(await store.list()).toHaveLength(1);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load: the next call works once the code arrives', async () => {
    let fail = true;
    const store = createLazyStore(async () => {
      if (fail) throw new Error('chunk failed to load');
      return createMemoryStore(testEnv());
    });
    await expect(store.list()).rejects.toThrow('chunk failed to load');
    fail = false;
    expect(await store.list()).toEqual([]);
  });

  it('closes the real store when it arrives after close()', async () => {
    let closed = false;
    let arrive = () => {};
    const store = createLazyStore(async () => {
      await new Promise<void>((ok) => (arrive = ok));
      const real = createMemoryStore(testEnv());
      return { ...real, close: () => void (closed = true) };
    });
    const opened = store.open();
    store.close();
    arrive();
    await opened;
    expect(closed).toBe(true);
  });
});
