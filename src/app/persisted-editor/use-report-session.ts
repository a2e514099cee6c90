import { useEffect, useState } from 'react';
import { describeStorageError } from '@/storage/durability';
import { takeFirstRead } from '@/storage/first-read';
import { takePrefetchedDrafts } from '@/features/drafts/prefetch';
import { checkStoredRecord } from '@/storage/store-records';
import { gov2021 } from '@/domain';
import type { ReportRecord, ReportStore, ReportSummary } from '@/storage/report-store';
import type { AppStorage } from '../store-context';
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

/** The report's lock; the claim waits a moment for a page that just closed (store-context.tsx). */
function claimLock(storage: AppStorage, id: string) {
  return storage.acquireLock(id);
}

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

/** The editing session of report `id`; the lock is released on unmount. */
export function useReportSession(storage: AppStorage, id: string): Session {
  const [session, setSession] = useState<Session>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let release = () => {};
    async function open() {
      // The three reads do not depend on each other: the report, its tab lock and the list in
      // which last year's report is looked up are asked for at once.
      const lockClaim = claimLock(storage, id);
      const list = takePrefetchedDrafts(storage.store) ?? storage.store.list();
      // Each is awaited below, or released / dropped when the report cannot be opened.
      for (const p of [lockClaim, list]) p.catch(() => {});
      const stored = await loadRecord(storage.store, id).catch((e: unknown) => {
        void lockClaim.then(
          (l) => l?.release(),
          () => {},
        );
        throw e;
      });
      const lock = await lockClaim;
      if (!live || !stored) lock?.release();
      if (!live) return;
      if (!stored) return setSession({ kind: 'missing' });
      release = () => lock?.release();
      const previous = await findPrevious(storage.store, stored, list);
      const { record, recovered } = recover(storage, stored, lock === null);
      const ready = { record, previous, readOnly: lock === null, recovered, list: await list };
      if (live) setSession({ kind: 'ready', ...ready });
    }
    open().catch((e: unknown) => {
      const message =
        e instanceof Error && e.name === 'Error' ? e.message : describeStorageError(e);
      if (live) setSession({ kind: 'failed', message });
    });
    return () => {
      live = false;
      release();
    };
  }, [storage, id]);
  return session;
}
