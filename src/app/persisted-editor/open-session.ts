import { describeStorageError } from '@/storage/durability';
import { takeFirstRead } from '@/storage/first-read';
import { takePrefetchedDrafts } from '@/features/drafts/prefetch';
import { checkStoredRecord } from '@/storage/store-records';
import { gov2021 } from '@/domain';
import type { ReportRecord, ReportStore, ReportSummary } from '@/storage/report-store';
import type { ReportLock } from '@/storage/tab-lock';
import { appStorage, type AppStorage } from '../app-storage';
import { takeEarlyLock } from '../first-screen';
import { findPrevious } from './find-previous';

// Opening a stored report for editing: load it, take its tab lock (or open read-only), find
// last year's report of the same agency, and replay unsaved work from the edit journal.

export type Session =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      record: ReportRecord;
      previous: ReportRecord | undefined;
      readOnly: boolean;
      /** The document differs from the stored one: unsaved work was recovered. */
      recovered: boolean;
      /** The store's list when the report was opened (a 汇总 compares its sources with it). */
      list: readonly ReportSummary[];
    };

/** A session as opened, and how to let go of its lock (idempotent). */
export type Opened = { session: Session; release: () => void };

/** The report: from the page's first read when it found it (as the store would check it). */
async function loadRecord(store: ReportStore, id: string) {
  const first = await takeFirstRead(id);
  const loaded = first === undefined ? await store.load(id) : checkStoredRecord(gov2021, first);
  if (loaded === undefined) return undefined;
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.record;
}

function recover(storage: AppStorage, record: ReportRecord, readOnly: boolean) {
  const entry = readOnly ? undefined : storage.journal.recover(record.id, record.rev);
  if (!entry) return { record, recovered: false };
  const next = { ...record, document: entry.document, acknowledgements: entry.acknowledgements };
  return { record: next, recovered: true };
}

async function open(
  storage: AppStorage,
  id: string,
  lockClaim: Promise<ReportLock | null>,
): Promise<Session> {
  // The three reads do not depend on each other: the report, its tab lock and the list in which
  // last year's report is looked up are asked for at once (the page's entry started them for
  // its own report, see first-screen.ts).
  const list = takePrefetchedDrafts(storage.store) ?? storage.store.list();
  list.catch(() => {}); // awaited below, or dropped when the report cannot be opened
  const stored = await loadRecord(storage.store, id);
  const lock = await lockClaim;
  if (!stored) return { kind: 'missing' };
  const previous = await findPrevious(storage.store, stored, list);
  const { record, recovered } = recover(storage, stored, lock === null);
  return { kind: 'ready', record, previous, readOnly: lock === null, recovered, list: await list };
}

function failed(e: unknown): Session {
  const message = e instanceof Error && e.name === 'Error' ? e.message : describeStorageError(e);
  return { kind: 'failed', message };
}

/** Opens report `id`: its session (never rejects), its lock held only when it is 'ready'. */
export async function openSession(storage: AppStorage, id: string): Promise<Opened> {
  const lockClaim = takeEarlyLock(id) ?? storage.acquireLock(id);
  const session = await open(storage, id, lockClaim).catch(failed);
  const lock = await lockClaim.catch(() => null);
  if (session.kind !== 'ready') {
    lock?.release();
    return { session, release: () => {} };
  }
  return { session, release: () => lock?.release() };
}

let early: { id: string; opening: Promise<void>; opened: Opened | null } | null = null;

/**
 * Opens report `id` before React renders (the page's first screen), so that the editor is the
 * first thing rendered; the editor's session takes it over (takeOpened). The page's entry starts
 * it as soon as the store's code is there (first-screen.ts), while React and the editor's code
 * still compile; a second call for the same report waits for that opening instead of another.
 */
export function openBeforeRender(storage: AppStorage, id: string): Promise<void> {
  if (early?.id === id) return early.opening;
  const mine: NonNullable<typeof early> = { id, opening: Promise.resolve(), opened: null };
  mine.opening = openSession(storage, id).then((opened) => void (mine.opened = opened));
  early = mine;
  return mine.opening;
}

/** The page's first report, opened with the app's storage (started by the page's entry). */
export function openFirstReport(id: string): Promise<void> {
  return openBeforeRender(appStorage(), id);
}

/**
 * The session of `id` opened before React rendered, if it is there; `take` hands it over (and
 * its lock with it), after which it is gone.
 */
export function takeOpened(id: string, take: boolean): Opened | undefined {
  if (early?.id !== id || !early.opened) return undefined;
  const { opened } = early;
  if (take) early = null;
  return opened;
}
