import { Dexie, type Table, type Transaction } from 'dexie';
import type { TemplateDef } from '../domain/template/types';
import { readConsolidation } from '../domain/drafts/record-origin';
import type { SnapshotRow } from './store-snapshots';
import type { StoredRow } from './store-records';
import { restoreStoredDocument } from './restore-document';
import { digestOf } from './row-digest';
import { listingOf, type ListingRow } from './listing';

// Dexie turns its debug mode on by itself on localhost and 127.0.0.1 (where the tests and the
// bench run, never an office's intranet address): it then tags every database operation with
// console.createTask for the devtools, ~30 ms of opening the editor. Off everywhere, so what is
// measured is what users run.
Dexie.debug = false;

// The IndexedDB schema, one `version(n)` per release that changed tables or indexes. Never edit
// a published version: add the next one with an `.upgrade()`. Changes to the document's shape
// are not schema changes; they are domain migrations applied when a document is read.
//
// Version 1 (first release): `reports` only, rows { id, document, rev, status, createdAt,
//   updatedAt }.
// Version 2: rows gain deletedAt (回收站), acknowledgements and problems; new tables `snapshots`
//   (history; `seq` orders entries taken in the same millisecond) and `meta` (database facts).
// Version 3: rows gain `review` (comments, history of actions, last exchange, baseline; issue 6).
//   No table or index changes; the upgrade fills the default into every row.
// Version 4 (issue 12, the workspace): rows gain `consolidation` (a 汇总's sources), `origin`
//   (the file it came from, when received) and `digest` (what lists show: content key, key
//   figures, agencies a 汇总 counts, cross-year cells), so listing never reads cells; new table
//   `rosters` (the agencies expected to report, per year).
// Version 5: new table `listing`, each report's list line (listing.ts), written with the report,
//   so that listing reads small rows, not documents. The upgrade writes one for every row.

/** Tables and indexes of version 1, as the first release declared them. */
export const SCHEMA_V1 = { reports: 'id, updatedAt' } as const;

/** Tables and indexes of version 2, unchanged in version 3. */
export const SCHEMA_V2 = {
  reports: 'id, updatedAt',
  snapshots: '++seq, &id, reportId, contentKey',
  meta: 'key',
} as const;

/** Tables and indexes of version 4. */
export const SCHEMA_V4 = { ...SCHEMA_V2, rosters: 'year' } as const;

/** Tables and indexes of version 5 (current). */
export const SCHEMA_V5 = { ...SCHEMA_V4, listing: 'id' } as const;

/** The roster of one year: the agencies expected to report, as the user gave them. */
export type RosterRow = { year: number; names: string[]; updatedAt: string };

/** Facts about this database, written when it is created or upgraded. */
export type DatabaseInfo = { createdAt: string; upgradedFrom: number | null };

type MetaRow = { key: string; value: DatabaseInfo };

/** Fills the version-2 fields of a row written by version 1, keeping everything it has. */
export function upgradeRowToV2(row: Record<string, unknown>): void {
  row.deletedAt ??= null;
  row.acknowledgements ??= [];
  row.problems ??= null;
}

/** Fills the version-3 field of a row written by version 2 (or 1), keeping everything it has. */
export function upgradeRowToV3(row: Record<string, unknown>): void {
  row.review ??= { comments: [], events: [], lastExchange: null, baseline: null };
}

/**
 * Fills the version-4 fields of an older row, keeping everything it has. A row whose document
 * cannot be opened gets no digest: the list marks it unreadable, as before.
 */
export function upgradeRowToV4(t: TemplateDef, row: Record<string, unknown>): void {
  row.consolidation ??= null;
  row.origin ??= null;
  const doc = restoreStoredDocument(t, row.document);
  if (doc.ok) row.digest = digestOf(t, doc.document, readConsolidation(row.consolidation));
}

/** The database of one browser profile: reports, their history, rosters and database facts. */
export class ReportDb extends Dexie {
  declare reports: Table<StoredRow, string>;
  declare snapshots: Table<SnapshotRow, number>;
  declare meta: Table<MetaRow, string>;
  declare rosters: Table<RosterRow, number>;
  declare listing: Table<ListingRow, string>;

  constructor(
    name: string,
    now: () => string,
    t: TemplateDef,
    options?: ConstructorParameters<typeof Dexie>[1],
  ) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx: Transaction) => {
        await tx.table('reports').toCollection().modify(upgradeRowToV2);
        await tx
          .table('meta')
          .put({ key: 'database', value: { createdAt: now(), upgradedFrom: 1 } });
      });
    this.version(3)
      .stores(SCHEMA_V2)
      .upgrade(async (tx: Transaction) => {
        await tx.table('reports').toCollection().modify(upgradeRowToV3);
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx: Transaction) => {
        await tx
          .table('reports')
          .toCollection()
          .modify((row: Record<string, unknown>) => upgradeRowToV4(t, row));
      });
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx: Transaction) => {
        const rows: unknown[] = await tx.table('reports').toArray();
        await tx.table('listing').bulkPut(rows.flatMap((row) => listingOf(t, row) ?? []));
      });
    // `populate` runs only when the database is created: a createdAt that changes later means
    // the browser deleted the database (eviction, cleared site data), see pitfalls.md item 6.
    this.on('populate', (tx: Transaction) => {
      void tx
        .table('meta')
        .add({ key: 'database', value: { createdAt: now(), upgradedFrom: null } });
    });
  }
}
