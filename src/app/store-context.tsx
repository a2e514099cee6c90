import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createDexieStore } from '@/storage/dexie-store';
import type { ReportStore } from '@/storage/report-store';
import { createEditJournal, type EditJournal } from '@/storage/edit-journal';
import { DATABASE_NAME } from '@/storage/storage-keys';
import { acquireReportLock, type ReportLock } from '@/storage/tab-lock';

// The composition root of persistence: ONE IndexedDB store for the whole app, with the real
// clock and ids injected, plus the edit journal and the tab lock. Features get them as props
// from app/ screens; nothing else creates a store.

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

function createAppStorage(): AppStorage {
  const store = createDexieStore({
    name: DATABASE_NAME,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    onVersionChange: () => versionChange.fire(),
  });
  return { store, journal: createEditJournal(), acquireLock: (id) => acquireReportLock(id) };
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
