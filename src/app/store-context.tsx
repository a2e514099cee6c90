import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ReportStore } from '@/storage/report-store';
import { createEditJournal, type EditJournal } from '@/storage/edit-journal';
import type { ReportLock } from '@/storage/tab-lock';
import { appStore, claimReportLock, versionChange } from './first-screen';

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

function subscribeVersionChange(fn: () => void) {
  versionChange.listeners.add(fn);
  return () => void versionChange.listeners.delete(fn);
}

/** True once another tab upgraded the database: this page must be reloaded. */
export function useVersionChanged(): boolean {
  return useSyncExternalStore(subscribeVersionChange, () => versionChange.changed);
}

let shared: AppStorage | null = null;

/** The app's storage, created on the first call: the store and lock the entry started with. */
export function appStorage(): AppStorage {
  shared ??= { store: appStore(), journal: createEditJournal(), acquireLock: claimReportLock };
  return shared;
}

/** Provides the app's storage below. */
export function StorageProvider({ children }: { children: ReactNode }) {
  const [storage] = useState(appStorage);
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
