import type { ReportStore } from '@/storage/report-store';
import { createEditJournal, type EditJournal } from '@/storage/edit-journal';
import type { ReportLock } from '@/storage/tab-lock';
import { appStore, claimReportLock } from './first-screen';

// The composition root of persistence: ONE IndexedDB store for the whole app, with the real
// clock and ids injected, plus the edit journal and the tab lock. Features get them as props
// from app/ screens (through store-context.tsx); nothing else creates a store. No React here:
// the page's first report is opened with it before React has run (open-session.ts).

export type AppStorage = {
  store: ReportStore;
  journal: EditJournal;
  acquireLock: (id: string) => Promise<ReportLock | null>;
};

let shared: AppStorage | null = null;

/** The app's storage, created on the first call: the store and lock the entry started with. */
export function appStorage(): AppStorage {
  shared ??= { store: appStore(), journal: createEditJournal(), acquireLock: claimReportLock };
  return shared;
}
