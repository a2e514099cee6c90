import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ReportStore } from '@/storage/report-store';
import { createEditJournal, type EditJournal } from '@/storage/edit-journal';
import { createLazyStore } from '@/storage/lazy-store';
import { newId } from '@/components/new-id';
import { loadStoreCode } from './page-code';
import { DATABASE_NAME } from '@/storage/storage-keys';
import { acquireReportLock, browserLockEnv, type ReportLock } from '@/storage/tab-lock';

// The composition root of persistence: ONE IndexedDB store for the whole app, with the real
// clock and ids injected, plus the edit journal and the tab lock. Features get them as props
// from app/ screens; nothing else creates a store. The store's code (Dexie) is a chunk of its
// own, loaded on first use (storage/lazy-store.ts) and fetched from the start (see main.tsx).

export type AppStorage = {
  store: ReportStore;
  journal: EditJournal;
  acquireLock: (id: string) => Promise<ReportLock | null>;
};

const StorageContext = createContext<AppStorage | null>(null);

/** Set when a newer app version in another tab closed our database connection. */
const versionChange = {
  changed: false,
  listeners: new Set<() => void>(),
  fire() {
    versionChange.changed = true;
    versionChange.listeners.forEach((fn) => fn());
  },
};

function subscribeVersionChange(fn: () => void) {
  versionChange.listeners.add(fn);
  return () => void versionChange.listeners.delete(fn);
}

/** True once another tab upgraded the database: this page must be reloaded. */
export function useVersionChanged(): boolean {
  return useSyncExternalStore(subscribeVersionChange, () => versionChange.changed);
}

/** How long opening a report waits for its lock: a page that just closed or reloaded lets go. */
const LOCK_WAIT_MS = 300;

function createAppStorage(): AppStorage {
  const store = createLazyStore(async () =>
    (await loadStoreCode()).createDexieStore({
      name: DATABASE_NAME,
      now: () => new Date().toISOString(),
      newId: () => newId(),
      onVersionChange: () => versionChange.fire(),
    }),
  );
  const acquireLock = (id: string) => acquireReportLock(id, browserLockEnv(), LOCK_WAIT_MS);
  return { store, journal: createEditJournal(), acquireLock };
}

/** Creates the app's storage once and provides it below. */
export function StorageProvider({ children }: { children: ReactNode }) {
  const [storage] = useState(createAppStorage);
  return <StorageContext.Provider value={storage}>{children}</StorageContext.Provider>;
}

/** The app's storage (store, journal, lock). */
export function useAppStorage(): AppStorage {
  const storage = useContext(StorageContext);
  if (!storage) throw new Error('useAppStorage outside <StorageProvider>');
  return storage;
}

/** The app's one ReportStore. */
export function useReportStore(): ReportStore {
  return useAppStorage().store;
}
