import { reportTitle, type ReportDocument } from '@/domain';
import type { ImportIssue } from '@/io/import-result';
import type { ExistingReport, ImportAcceptOptions } from '@/features/import';
import type { ReportStore } from '@/storage/report-store';
import { S } from './strings';

// What an accepted import does to the store: a new draft, or (after the user agreed) a new
// version of an existing report whose old version is kept in its history first.

/** The stored report an imported document would replace: same agency and year, not in the 回收站. */
export async function findExistingReport(
  store: ReportStore,
  document: ReportDocument,
): Promise<ExistingReport | undefined> {
  const { agency, year } = document.meta;
  const found = (await store.list()).find(
    (r) => r.deletedAt === null && r.unreadable === null && r.agency === agency && r.year === year,
  );
  return found && { id: found.id, title: found.title };
}

/** Stores an accepted import and returns the id of the report to open. */
export async function storeImport(
  store: ReportStore,
  document: ReportDocument,
  issues: readonly ImportIssue[],
  options: ImportAcceptOptions,
): Promise<string> {
  const note = S.importNote(issues.length);
  const origin = options.source && { ...options.source, receivedAt: null };
  if (options.replaces) {
    const id = options.replaces.id;
    const loaded = await store.load(id);
    if (!loaded?.ok) throw new Error(S.importReplaceMissing);
    await store.snapshot(id, S.importBeforeReplace, 'import');
    await store.save(id, document, loaded.record.rev, origin ? { origin } : {});
    await store.snapshot(id, `${S.importReplaced}${note}`, 'import');
    return id;
  }
  const created = await store.create({ document, ...(origin ? { origin } : {}) });
  await store.snapshot(created.id, `${S.importCreated(reportTitle(document))}${note}`, 'import');
  return created.id;
}
