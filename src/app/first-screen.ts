import { createLazyStore, type LazyStore } from '@/storage/lazy-store';
import { DATABASE_NAME } from '@/storage/storage-keys';
import { newId } from '@/components/new-id';
import { acquireReportLock, browserLockEnv, type ReportLock } from '@/storage/tab-lock';
import { startFirstRead } from '@/storage/first-read';
import { prefetchDrafts } from '@/features/drafts/prefetch';
import { loadReportOpening, loadScreenCode, loadStoreCode } from './page-code';
import { readsReportList, type Route } from './route';

// The app's one IndexedDB store and the report's tab lock, started by the page's entry
// (main.tsx): the store's code (Dexie) is fetched, the database opened and read, and the lock
// claimed, while React and the screens' code still download and compile, so that the first
// screen finds them done. This module is part of the entry's own chunk: it imports nothing
// heavy.

/** Set when a newer app version in another tab closed our database connection. */
export const versionChange = {
  changed: false,
  listeners: new Set<() => void>(),
  fire() {
    versionChange.changed = true;
    versionChange.listeners.forEach((fn) => fn());
  },
};

let store: LazyStore | null = null;

/** The app's store (created on the first call), with the real clock and ids. */
export function appStore(): LazyStore {
  store ??= createLazyStore(async () =>
    (await loadStoreCode()).createDexieStore({
      name: DATABASE_NAME,
      now: () => new Date().toISOString(),
      newId: () => newId(),
      onVersionChange: () => versionChange.fire(),
    }),
  );
  return store;
}

/**
 * How long opening a report waits for its lock: a page that just closed or reloaded lets go of
 * it, and on a busy machine that can take a few hundred milliseconds (300 ms was too short once
 * in ten in the e2e suite: the page opened read-only). A free lock is granted at once; only a
 * report really open in another tab waits this long to open read-only.
 */
const LOCK_WAIT_MS = 1000;

/** Claims the write lock of report `id` (null: another tab has it; see storage/tab-lock.ts). */
export function claimReportLock(id: string): Promise<ReportLock | null> {
  return acquireReportLock(id, browserLockEnv(), LOCK_WAIT_MS);
}

let earlyLock: { id: string; claim: Promise<ReportLock | null> } | null = null;

/**
 * The claim of report `id`'s lock that the entry started, once (undefined: none was started,
 * or it was taken already). Whoever takes it releases the lock.
 */
export function takeEarlyLock(id: string): Promise<ReportLock | null> | undefined {
  if (earlyLock?.id !== id) return undefined;
  const { claim } = earlyLock;
  earlyLock = null;
  return claim;
}

/**
 * Starts what the first screen of `route` will wait for, all at once: its code, the store's
 * code, and for the editor the raw read of its report, its lock and the list of reports (in
 * which last year's report is looked up), then its opening as soon as the store's code is there
 * (while React and the editor's code still compile); the list for the list and the workspace.
 */
export function startFirstScreen(route: Route): void {
  const ignore = () => {}; // the screen says so when it needs code that did not load
  if (route.kind === 'report') {
    startFirstRead(route.id);
    earlyLock = { id: route.id, claim: claimReportLock(route.id) };
    earlyLock.claim.catch(ignore); // the editor, which takes the claim, reports a failure
    const id = route.id;
    loadReportOpening().then((m) => m.openFirstReport(id), ignore);
  }
  loadScreenCode(route).catch(ignore);
  loadStoreCode().catch(ignore);
  if (readsReportList(route)) prefetchDrafts(appStore());
}
