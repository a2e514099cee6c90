import { ConflictError, notFound } from './errors';
import type { ReportStore } from './report-store';
import * as records from './store-records';
import * as snaps from './store-snapshots';
import { addSnapshots, purgeRows, putRow, type DexieContext } from './dexie-context';

// The writes of reports in the IndexedDB store (dexie-store.ts). Each read-check-write is one
// transaction, so that a save in another tab cannot slip between the check and the write.

/** Creating and saving reports. */
export function writes(ctx: DexieContext): Pick<ReportStore, 'create' | 'save'> {
  const { db, t, env, rw } = ctx;
  return {
    create: (input) =>
      rw(async () => {
        const record = records.newRecord(t, input, env);
        if ((await db.reports.get(record.id)) !== undefined) throw records.exists(record.id);
        await putRow(ctx, records.toRow(t, record));
        const { history } = input;
        if (history) {
          const first = snaps.newSnapshot(record, history.description, history.kind, env);
          await addSnapshots(ctx, [first]);
        }
        return record;
      }),
    save: (id, document, expectedRev, extra = {}) =>
      rw(async () => {
        const current = records.requireFields(await db.reports.get(id), id);
        if (current.rev !== expectedRev) throw new ConflictError(id, expectedRev, current.rev);
        const checked = records.checkDocumentForSave(t, document);
        const next = records.savedRecord(current, checked, extra, env.now());
        await putRow(ctx, records.toRow(t, next));
        return { rev: next.rev, updatedAt: next.updatedAt };
      }),
  };
}

/** Moves a report in or out of the 回收站 (history untouched, so only reports and listing). */
function setDeleted(ctx: DexieContext, id: string, deletedAt: string | null): Promise<void> {
  const { db } = ctx;
  return db.transaction('rw', db.reports, db.listing, async () => {
    const row = await db.reports.get(id);
    if (row === undefined) throw notFound(id);
    await putRow(ctx, { ...row, deletedAt });
  });
}

/** The 回收站: moving reports in and out, and deleting them for good. */
export function trash(
  ctx: DexieContext,
): Pick<ReportStore, 'remove' | 'restore' | 'purge' | 'emptyTrash'> {
  const { db, env, rw } = ctx;
  return {
    remove: (id) => setDeleted(ctx, id, env.now()),
    restore: (id) => setDeleted(ctx, id, null),
    purge: (id) =>
      rw(async () => {
        const current = records.requireFields(await db.reports.get(id), id);
        if (current.deletedAt === null) throw records.notInTrash();
        await purgeRows(ctx, [id]);
      }),
    emptyTrash: () =>
      rw(async () => {
        const trashed = (await db.reports.toArray()).filter((r) => r.deletedAt != null);
        await purgeRows(
          ctx,
          trashed.map((r) => r.id),
        );
        return trashed.length;
      }),
  };
}
