import type { TemplateDef } from '../domain/template/types';
import type { ReportDb } from './dexie-schema';
import { listingOf, readListing, type ListingRow } from './listing';
import type { ReportSummary } from './report-store';
import { byUpdatedDesc, summarize } from './store-records';

// The `listing` table of the IndexedDB store (see listing.ts): written in the transaction that
// writes the report, read by `list`. The reports' keys are the truth: a report without a usable
// listing row (written by a test or a tool past the store, or of an older listing format) is
// summarised from its row, and its listing row is written then, once.

/** The listing rows of stored report rows (call inside a transaction that writes them). */
export async function putListings(
  db: ReportDb,
  t: TemplateDef,
  rows: readonly unknown[],
): Promise<void> {
  const listed = rows.map((r) => listingOf(t, r)).filter((l): l is ListingRow => l !== null);
  await db.listing.bulkPut(listed);
}

/** Summaries of the rows `ids`, their listing rows written again; read-only if that fails. */
async function relist(db: ReportDb, t: TemplateDef, ids: string[]): Promise<ReportSummary[]> {
  const summaries = (rows: readonly unknown[]) =>
    rows.flatMap((r) => (r === undefined ? [] : (summarize(t, r) ?? [])));
  try {
    return await db.transaction('rw', db.reports, db.listing, async () => {
      const rows = await db.reports.bulkGet(ids);
      await putListings(
        db,
        t,
        rows.filter((r) => r !== undefined),
      );
      return summaries(rows);
    });
  } catch {
    // A full disk must not hide the list: the rows are summarised without keeping the result.
    return summaries(await db.reports.bulkGet(ids));
  }
}

/** Every report's summary, most recently updated first: one read of the small listing rows. */
export async function listSummaries(db: ReportDb, t: TemplateDef): Promise<ReportSummary[]> {
  const [ids, rows] = await db.transaction('r', db.reports, db.listing, () =>
    Promise.all([db.reports.toCollection().primaryKeys(), db.listing.toArray()]),
  );
  const listed = new Map<string, ReportSummary>();
  for (const raw of rows) {
    const summary = readListing(t, raw);
    if (summary) listed.set(summary.id, summary);
  }
  const out = ids.flatMap((id) => listed.get(id) ?? []);
  const missing = ids.filter((id) => !listed.has(id));
  if (missing.length > 0) out.push(...(await relist(db, t, missing)));
  return out.sort(byUpdatedDesc);
}
