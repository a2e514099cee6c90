import { Dexie, type Table, type Transaction } from 'dexie';
import type { ReportRecord } from '../domain/drafts/record';
import type { SnapshotRow } from './store-snapshots';

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

/** Tables and indexes of version 1, as the first release declared them. */
export const SCHEMA_V1 = { reports: 'id, updatedAt' } as const;

/** Tables and indexes of version 2, unchanged in version 3 (current). */
export const SCHEMA_V2 = {
  reports: 'id, updatedAt',
  snapshots: '++seq, &id, reportId, contentKey',
  meta: 'key',
} as const;

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

/** The database of one browser profile: reports, their history and facts about the database. */
export class ReportDb extends Dexie {
  declare reports: Table<ReportRecord, string>;
  declare snapshots: Table<SnapshotRow, number>;
  declare meta: Table<MetaRow, string>;

  constructor(name: string, now: () => string, options?: ConstructorParameters<typeof Dexie>[1]) {
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
    // `populate` runs only when the database is created: a createdAt that changes later means
    // the browser deleted the database (eviction, cleared site data), see pitfalls.md item 6.
    this.on('populate', (tx: Transaction) => {
      void tx
        .table('meta')
        .add({ key: 'database', value: { createdAt: now(), upgradedFrom: null } });
    });
  }
}
