import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ReportStore } from '@/storage/report-store';
import { versionChange } from './first-screen';
import { appStorage, type AppStorage } from './app-storage';

// The app's storage (app-storage.ts) for the screens: provided once at the root, read with
// useAppStorage / useReportStore.

export type { AppStorage } from './app-storage';

const StorageContext = createContext<AppStorage | null>(null);

function subscribeVersionChange(fn: () => void) {
  versionChange.listeners.add(fn);
  return () => void versionChange.listeners.delete(fn);
}

/** True once another tab upgraded the database: this page must be reloaded. */
export function useVersionChanged(): boolean {
  return useSyncExternalStore(subscribeVersionChange, () => versionChange.changed);
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
