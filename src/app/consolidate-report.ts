import {
  consolidate,
  createEmptyReport,
  getAtPath,
  listInputCells,
  type ConsolidationInput,
  type ConsolidationRefusal,
  type ReportDocument,
  type TemplateDef,
} from '@/domain';
import { countProblems, toEditorAcks } from '@/domain/drafts';
import type { ReportRecord, ReportStore } from '@/storage/report-store';
import { C } from '@/features/consolidation/strings';

// 生成汇总报告 and 重新汇总 (issue 12 item 5): the sources are read from the store in one pass,
// summed by the pure `consolidate`, and the result is stored as a new report or as a new version
// of an existing 汇总, whose old version goes to its history first. Nothing is written when the
// consolidation is refused.

/** What to consolidate: the sources (stored report ids), the result's agency and year. */
export type ConsolidationRequest = {
  year: number;
  sourceIds: readonly string[];
  agency: string;
  /** Ids of sources with errors that the user chose to include. */
  allowErrors: readonly string[];
  /** A stored 汇总 to replace (重新汇总): its narratives and title are kept. */
  replaceId?: string;
};

/** The outcome: the stored report and the result's warnings, or why nothing was stored. */
export type ConsolidationOutcome =
  | { ok: true; id: string; warnings: string[] }
  | { ok: false; refusals: readonly ConsolidationRefusal[] };

/** The sources' records, read in parallel; rejects naming those that cannot be summed. */
async function loadSources(store: ReportStore, ids: readonly string[]): Promise<ReportRecord[]> {
  const loaded = await Promise.all(ids.map((id) => store.load(id)));
  const records: ReportRecord[] = [];
  const unreadable: string[] = [];
  const trashed: string[] = [];
  loaded.forEach((r, i) => {
    if (!r?.ok) unreadable.push(ids[i] ?? '');
    else if (r.record.deletedAt !== null) trashed.push(r.record.document.meta.agency);
    else records.push(r.record);
  });
  if (unreadable.length > 0) throw new Error(C.sourcesUnreadable(unreadable.length));
  if (trashed.length > 0) throw new Error(C.sourcesTrashed(trashed.join(C.listSeparator)));
  return records;
}

function toInput(record: ReportRecord): ConsolidationInput {
  // No contentKey: consolidate keys the document as the store's list does (sourceContentKey).
  return {
    key: record.id,
    document: record.document,
    ...(record.consolidation ? { consolidation: record.consolidation } : {}),
    ...(record.problems ? { problems: record.problems } : {}),
  };
}

/** The new sums with what the office wrote in the old version: narratives, title, date. */
function keepWritten(t: TemplateDef, sums: ReportDocument, old: ReportDocument): ReportDocument {
  const inputs = new Set(listInputCells(t).map((c) => c.path));
  return createEmptyReport(
    t,
    { ...old.meta, agency: sums.meta.agency, year: sums.meta.year },
    (path) => getAtPath(inputs.has(path) ? sums : old, path),
  );
}

async function replaceStored(
  store: ReportStore,
  t: TemplateDef,
  id: string,
  result: Extract<ReturnType<typeof consolidate>, { ok: true }>,
): Promise<void> {
  const loaded = await store.load(id);
  if (!loaded?.ok) throw new Error(C.replaceMissing);
  const old = loaded.record;
  const document = keepWritten(t, result.document, old.document);
  const acks = toEditorAcks(t, document, old.acknowledgements);
  await store.snapshot(id, C.snapshotBeforeRerun, 'import');
  await store.save(id, document, old.rev, {
    consolidation: result.consolidation,
    problems: countProblems(t, document, acks),
  });
  await store.snapshot(id, C.snapshotRerun(result.consolidation.sources.length), 'import');
}

/** Loads the sources, consolidates them and stores the result (a new report, or a new version of replaceId); nothing is stored on refusal. */
export async function runConsolidation(
  store: ReportStore,
  t: TemplateDef,
  request: ConsolidationRequest,
): Promise<ConsolidationOutcome> {
  const sources = await loadSources(store, request.sourceIds);
  const result = consolidate(t, sources.map(toInput), {
    agency: request.agency,
    year: request.year,
    allowErrors: request.allowErrors,
  });
  if (!result.ok) return { ok: false, refusals: result.refusals };
  const warnings = [...result.warnings];
  if (request.replaceId !== undefined) {
    await replaceStored(store, t, request.replaceId, result);
    return { ok: true, id: request.replaceId, warnings };
  }
  const created = await store.create({
    document: result.document,
    status: 'draft',
    consolidation: result.consolidation,
    problems: countProblems(t, result.document, {}),
  });
  await store.snapshot(
    created.id,
    C.snapshotCreated(result.consolidation.sources.length),
    'import',
  );
  return { ok: true, id: created.id, warnings };
}
