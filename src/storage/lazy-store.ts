import type { ReportStore } from './report-store';

// A ReportStore whose implementation is loaded on first use. The app's Dexie store (with Dexie
// itself, ~100 kB of script) is a chunk of its own: the page's first code carries neither, and
// the editor, which starts from a raw read of its report (first-read.ts), renders while it loads.

type Method = Exclude<keyof ReportStore, 'close'>;

/** Every method of the port but close(): a new one must be added here (tsc says so). */
const METHODS: Record<Method, true> = {
  list: true,
  load: true,
  loadMany: true,
  create: true,
  save: true,
  remove: true,
  restore: true,
  purge: true,
  emptyTrash: true,
  snapshot: true,
  listSnapshots: true,
  loadSnapshot: true,
  exportBackup: true,
  importBackup: true,
  getRoster: true,
  setRoster: true,
};

/** A store loaded lazily: `open()` starts loading it (once; again after a failure). */
export type LazyStore = ReportStore & { open(): Promise<ReportStore> };

/** A ReportStore that loads the real one with `load` on its first call and forwards to it. */
export function createLazyStore(load: () => Promise<ReportStore>): LazyStore {
  let pending: Promise<ReportStore> | null = null;
  let closed = false;
  const open = () => {
    pending ??= load().then(
      (store) => {
        if (closed) store.close();
        return store;
      },
      (e: unknown) => {
        pending = null; // the next call tries again (the chunk may load once the network is back)
        throw e;
      },
    );
    return pending;
  };
  const forward =
    (name: Method) =>
    async (...args: unknown[]): Promise<unknown> => {
      const store = await open();
      return (store[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  const methods = Object.fromEntries(
    (Object.keys(METHODS) as Method[]).map((name) => [name, forward(name)]),
  ) as Omit<ReportStore, 'close'>;
  return {
    ...methods,
    open,
    close() {
      closed = true;
      pending?.then(
        (store) => store.close(),
        () => {},
      );
    },
  };
}

/** The store that does the work: the one a lazy store loads (loading it), or `store` itself. */
export function openedStore(store: ReportStore): Promise<ReportStore> {
  return isLazyStore(store) ? store.open() : Promise.resolve(store);
}

/** True for a store made by createLazyStore (the app's IndexedDB store). */
export function isLazyStore(store: ReportStore): store is LazyStore {
  return typeof (store as Partial<LazyStore>).open === 'function';
}
