import type { ReportStore, ReportSummary } from '@/storage/report-store';

// The list of reports, read while the drafts screen's code is still loading: the app starts
// the read (prefetchDrafts) when it sees the address, the screen's first read takes it over
// (takePrefetchedDrafts), so the two wait for each other no longer. This module is tiny and
// is all the main chunk carries of the drafts feature.

const pending = new WeakMap<ReportStore, Promise<ReportSummary[]>>();

/** Starts reading the list of `store` (once, until it is taken). */
export function prefetchDrafts(store: ReportStore): void {
  if (pending.has(store)) return;
  const list = store.list();
  list.catch(() => {}); // a failure is reported by the screen that takes the read over
  pending.set(store, list);
}

/** The read started by prefetchDrafts, once; later reads (after a change) go to the store. */
export function takePrefetchedDrafts(store: ReportStore): Promise<ReportSummary[]> | undefined {
  const list = pending.get(store);
  pending.delete(store);
  return list;
}
