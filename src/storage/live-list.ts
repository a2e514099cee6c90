import { Dexie } from 'dexie';
import { describeStorageError } from './durability';
import { openedStore } from './lazy-store';
import type { ReportStore, ReportSummary } from './report-store';

// The list of reports as a live query (Dexie's liveQuery): the querier's reads are tracked, and
// the query runs again when a write touches what it read, in this tab or another one (Dexie
// tells other tabs of each write over a BroadcastChannel). The reads must happen inside the
// querier's context: the lazy store's code is awaited through Dexie.waitFor, which keeps that
// context across a promise that is not Dexie's (dexie.org/docs/Dexie/Dexie.waitFor()).

/** One read of the list: the reports, or why they could not be read (in Chinese). */
export type ListRead =
  { ok: true; items: ReportSummary[] } | { ok: false; message: string; error: unknown };

/** Reads every report's summary of `store`; a live query's querier (never rejects). */
export async function readLiveList(store: ReportStore): Promise<ListRead> {
  try {
    const real = await Dexie.waitFor(openedStore(store));
    return { ok: true, items: await real.list() };
  } catch (error) {
    return { ok: false, message: describeStorageError(error), error };
  }
}
