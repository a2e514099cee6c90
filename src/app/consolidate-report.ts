import {
  consolidate,
  createEmptyReport,
  getAtPath,
  listInputCells,
  type ConsolidationInput,
  type ConsolidationRefusal,
  type ConsolidationResult,
  type ReportDocument,
  type TemplateDef,
} from '@/domain';
import { countProblems, toEditorAcks } from '@/domain/drafts';
import type { ReportRecord, ReportStore } from '@/storage/report-store';
import { C } from '@/features/consolidation/strings';

// 生成汇总报告 and 重新汇总 (issue 12 item 5): the sources are read from the store in one pass,
// summed by the pure `consolidate`, and the result is stored as a new report or as a new version
// of an existing 汇总, whose old version is kept in its history. Nothing is written when the
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

type Source = { record: ReportRecord; contentKey: string };

/** The sources' records, read at once; rejects naming those that cannot be summed. */
async function loadSources(store: ReportStore, ids: readonly string[]): Promise<Source[]> {
  const loaded = await store.loadMany(ids);
  const sources: Source[] = [];
  const unreadable: string[] = [];
  const trashed: string[] = [];
  loaded.forEach((r, i) => {
    if (!r?.ok) unreadable.push(ids[i] ?? '');
    else if (r.record.deletedAt !== null) trashed.push(r.record.document.meta.agency);
    else sources.push({ record: r.record, contentKey: r.contentKey });
  });
  if (unreadable.length > 0) throw new Error(C.sourcesUnreadable(unreadable.length));
  if (trashed.length > 0) throw new Error(C.sourcesTrashed(trashed.join(C.listSeparator)));
  return sources;
}

function toInput({ record, contentKey }: Source): ConsolidationInput {
  // The content key the store lists: a 汇总 tells a changed source by it (and hashing 500
  // documents again was half of the sum's time).
  return {
    key: record.id,
    document: record.document,
    contentKey,
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

type Summed = Extract<ConsolidationResult, { ok: true }>;

/** The sources read and summed; a refusal when they cannot be. */
async function sum(
  store: ReportStore,
  t: TemplateDef,
  request: Omit<ConsolidationRequest, 'replaceId'>,
): Promise<ConsolidationResult> {
  const sources = await loadSources(store, request.sourceIds);
  return consolidate(t, sources.map(toInput), {
    agency: request.agency,
    year: request.year,
    allowErrors: request.allowErrors,
  });
}

/** Stores `result` over the 汇总 `current`, whose version goes to history first; the new record. */
async function storeOver(
  store: ReportStore,
  t: TemplateDef,
  current: ReportRecord,
  result: Summed,
): Promise<ReportRecord> {
  const document = keepWritten(t, result.document, current.document);
  const acks = toEditorAcks(t, document, current.acknowledgements);
  const problems = countProblems(t, document, acks);
  const { consolidation } = result;
  // Saved first: the rev check refuses a 汇总 changed since it was read before anything is
  // written; its version then goes to history as it was read.
  const saved = await store.save(current.id, document, current.rev, { consolidation, problems });
  await store.snapshot(current.id, C.snapshotBeforeRerun, 'import', current);
  return { ...current, ...saved, document, consolidation, problems };
}

/**
 * 重新汇总 of the stored 汇总 `current` (as just read: its rev must still be the stored one) over
 * `sourceIds`, agency and year kept: the new record, or why nothing was stored. Every source is
 * summed even if it has errors now, the result's warnings naming those.
 */
export async function rerunConsolidation(
  store: ReportStore,
  t: TemplateDef,
  current: ReportRecord,
  sourceIds: readonly string[],
): Promise<
  | { ok: true; record: ReportRecord; warnings: string[] }
  | { ok: false; refusals: readonly ConsolidationRefusal[] }
> {
  const { agency, year } = current.document.meta;
  const result = await sum(store, t, { year, agency, sourceIds, allowErrors: sourceIds });
  if (!result.ok) return result;
  const record = await storeOver(store, t, current, result);
  return { ok: true, record, warnings: [...result.warnings] };
}

/** Loads the sources, consolidates them and stores the result (a new report, or a new version of replaceId); nothing is stored on refusal. */
export async function runConsolidation(
  store: ReportStore,
  t: TemplateDef,
  request: ConsolidationRequest,
): Promise<ConsolidationOutcome> {
  const result = await sum(store, t, request);
  if (!result.ok) return result;
  const warnings = [...result.warnings];
  const n = result.consolidation.sources.length;
  if (request.replaceId !== undefined) {
    const loaded = await store.load(request.replaceId);
    if (!loaded?.ok) throw new Error(C.replaceMissing);
    await storeOver(store, t, loaded.record, result);
    return { ok: true, id: request.replaceId, warnings };
  }
  // Its first history entry is written with it: reading the new 汇总 back to take it cost as
  // much as writing it (a 汇总 of 500 reports holds 80,000 contributions).
  const created = await store.create({
    document: result.document,
    status: 'draft',
    consolidation: result.consolidation,
    problems: countProblems(t, result.document, {}),
    history: { description: C.snapshotCreated(n), kind: 'import' },
  });
  return { ok: true, id: created.id, warnings };
}
