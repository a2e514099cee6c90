import type { TemplateDef } from '../domain/template/types';
import { defaultTitle, type ReportDocument } from '../domain/report/document';
import { readRecordFields, type RecordFieldsResult } from '../domain/drafts/record-fields';
import { hashString, stableStringify } from '../domain/drafts/content-key';
import { emptyReview, type ReportRecord, type UncheckedRecord } from '../domain/drafts/record';
import { StoreError, notFound } from './errors';
import { readStoredMeta, restoreStoredDocument } from './restore-document';
import { digestOf, readDigest, type RowDigest } from './row-digest';
import { packConsolidation, unpackRow } from './row-consolidation';
import type {
  CreateInput,
  LoadResult,
  ReportSummary,
  SaveExtra,
  SnapshotVersion,
  StoreEnv,
} from './report-store';

// Record logic shared by every ReportStore implementation, so they differ only in where the
// rows live. Rows are read as `unknown`: storage is outside the type system's reach.

/** The fields of a stored row (its consolidation unpacked, see row-consolidation.ts). */
export function readRowFields(raw: unknown): RecordFieldsResult {
  return readRecordFields(unpackRow(raw));
}

const idOf = (raw: unknown): string =>
  typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
    ? raw.id
    : '';

/** Reads a stored row: fields with defaults, the document checked against the template. */
export function checkStoredRecord(t: TemplateDef, raw: unknown): LoadResult {
  const fields = readRowFields(raw);
  const id = idOf(raw);
  if (!fields.ok) return { ok: false, id, error: fields.error };
  const doc = restoreStoredDocument(t, fields.record.document);
  if (!doc.ok) return { ok: false, id, error: `报告无法打开：${doc.error}` };
  const review = checkBaseline(t, fields.record.review);
  const record: ReportRecord = { ...fields.record, document: doc.document, review: review.review };
  const repairs = [...fields.repairs, ...doc.repairs, ...review.repairs];
  // As `summarize` lists it: the digest's, or worked out when the row has none.
  const contentKey = readDigest(raw)?.contentKey ?? hashString(stableStringify(doc.document));
  return { ok: true, record, repairs, contentKey };
}

/** The review data with its baseline document checked (dropped, with a repair, if unreadable). */
function checkBaseline(t: TemplateDef, review: ReportRecord['review']) {
  if (review.baseline === null) return { review, repairs: [] };
  const base = restoreStoredDocument(t, review.baseline);
  if (!base.ok)
    return { review: { ...review, baseline: null }, repairs: ['审核比较基准无法读取，已清除'] };
  return { review: { ...review, baseline: base.document }, repairs: [] };
}

/** The refusal for an id that is taken. */
export function exists(id: string): StoreError {
  return new StoreError('exists', `报告 ${id} 已存在。`);
}

/** The refusal for purging a report that is not in the 回收站 (a draft is never deleted in one step). */
export function notInTrash(): StoreError {
  return new StoreError('not-in-trash', '只能彻底删除回收站中的报告，请先将其移到回收站。');
}

/** The row as a checked record, or a refusal naming why it cannot be used. */
export function requireRecord(t: TemplateDef, raw: unknown, id: string): ReportRecord {
  if (raw === undefined) throw notFound(id);
  const loaded = checkStoredRecord(t, raw);
  if (!loaded.ok) throw new StoreError('unreadable', loaded.error);
  return loaded.record;
}

/** The fields of a row without checking its document (enough for rev checks and the 回收站). */
export function requireFields(raw: unknown, id: string): UncheckedRecord {
  const fields = raw === undefined ? undefined : readRowFields(raw);
  if (!fields?.ok) throw notFound(id);
  return fields.record;
}

/** A row as stored: the record, its consolidation packed (row-consolidation.ts), and its digest (row-digest.ts). */
export type StoredRow = Omit<ReportRecord, 'consolidation'> & {
  consolidation: ReturnType<typeof packConsolidation>;
  digest: RowDigest;
};

/** The row to store for a checked record. */
export function toRow(t: TemplateDef, record: ReportRecord): StoredRow {
  const digest = digestOf(t, record.document, record.consolidation);
  return { ...record, consolidation: packConsolidation(record.consolidation), digest };
}

/**
 * The row's digest; a row without one (written before version 4 and not upgraded, or seeded in
 * a test) gets it computed from its document, which costs a full check, once per listing.
 */
function digestOfRow(t: TemplateDef, raw: unknown, r: UncheckedRecord): RowDigest | null {
  const kept = readDigest(raw);
  if (kept) return kept;
  const doc = restoreStoredDocument(t, r.document);
  return doc.ok ? digestOf(t, doc.document, r.consolidation) : null;
}

/** A line of the drafts list; a damaged row is listed too, marked unreadable, never hidden. */
export function summarize(t: TemplateDef, raw: unknown): ReportSummary | null {
  const fields = readRowFields(raw);
  if (!fields.ok) return null;
  const r = fields.record;
  // The list needs only the meta and the digest: reading every cell of 1,000 documents made the
  // list slow. Cells are checked when a report is opened (restoreStoredDocument) and on every save.
  const doc = readStoredMeta(t, r.document);
  const digest = doc.ok ? digestOfRow(t, raw, r) : null;
  return {
    id: r.id,
    agency: doc.ok ? doc.meta.agency : '',
    year: doc.ok ? doc.meta.year : 0,
    title: doc.ok
      ? (doc.meta.title ?? defaultTitle(doc.meta.agency, doc.meta.year))
      : '（无法打开的报告）',
    status: r.status,
    rev: r.rev,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    problems: r.problems,
    unreadable: doc.ok ? null : doc.error,
    contentKey: digest?.contentKey ?? hashString(stableStringify(r.document)),
    figures: digest?.figures ?? null,
    origin: r.origin,
    consolidatedAgencies: digest?.consolidatedAgencies ?? null,
    yearLink: digest?.yearLink ?? null,
  };
}

/** Most recently updated first. */
export function byUpdatedDesc(a: ReportSummary, b: ReportSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}

/** Validate on put: the document as it will be stored, or a refusal. */
export function checkDocumentForSave(t: TemplateDef, document: ReportDocument): ReportDocument {
  const checked = restoreStoredDocument(t, document);
  if (!checked.ok) throw new StoreError('invalid-document', `报告无法保存：${checked.error}`);
  return checked.document;
}

/** A new record from the create input. */
export function newRecord(t: TemplateDef, input: CreateInput, env: StoreEnv): ReportRecord {
  const now = env.now();
  return {
    id: input.id ?? env.newId(),
    document: checkDocumentForSave(t, input.document),
    rev: 1,
    status: input.status ?? 'draft',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    acknowledgements: input.acknowledgements ?? [],
    problems: input.problems ?? null,
    review: input.review ?? emptyReview(),
    consolidation: input.consolidation ?? null,
    origin: input.origin ?? null,
  };
}

/** The record after a save (the rev has been checked by the caller). */
export function savedRecord(
  current: UncheckedRecord,
  document: ReportDocument,
  extra: SaveExtra,
  now: string,
): ReportRecord {
  return {
    ...current,
    document,
    rev: current.rev + 1,
    updatedAt: now,
    status: extra.status ?? current.status,
    acknowledgements: extra.acknowledgements ?? current.acknowledgements,
    problems: extra.problems === undefined ? current.problems : extra.problems,
    review: extra.review ?? current.review,
    consolidation: extra.consolidation === undefined ? current.consolidation : extra.consolidation,
    origin: extra.origin === undefined ? current.origin : extra.origin,
  };
}

/** The record a snapshot captures: the stored one, or `version` (checked) in its place. */
export function snapshotRecord(
  t: TemplateDef,
  record: ReportRecord,
  version: SnapshotVersion | undefined,
): ReportRecord {
  if (!version) return record;
  return { ...record, ...version, document: checkDocumentForSave(t, version.document) };
}
