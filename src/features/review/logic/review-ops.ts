import { gov2021, type ReportDocument } from '@/domain';
import { countProblems, toEditorAcks, type ReportRecord, type SnapshotKind } from '@/domain/drafts';
import { applyAction, describeEvent, type Actor, type WorkflowAction } from '@/domain/workflow';
import type { Violation } from '@/domain/rules/types';
import type { CommentThread } from '@/domain/workflow';
import {
  createReviewPackage,
  reviewPackageFileName,
  serializeReviewPackage,
} from '@/io/review-package/export';
import type { ReportStore } from '@/storage/report-store';

// What the review workflow writes to the store (issue 6): an action with its history entry and
// snapshot, comment threads, and the exchange recorded when a 审核包 is exported. Each takes
// the stored record as it is now and returns it as stored afterwards.

/** The store, the clock and ids. */
export type ReviewEnv = { store: ReportStore; now: () => string; newId: () => string };

/** The outcome of a workflow action. */
export type ActionOutcome =
  { ok: true; record: ReportRecord } | { ok: false; reason: string; violations?: Violation[] };

const SNAPSHOT_KINDS: Readonly<Record<WorkflowAction['type'], SnapshotKind>> = {
  submit: 'submit',
  resubmit: 'submit',
  return: 'return',
  approve: 'approve',
  unlock: 'return',
};

/** Reads a report back after writing it. */
export async function reload(store: ReportStore, id: string): Promise<ReportRecord> {
  const loaded = await store.load(id);
  if (!loaded?.ok) throw new Error(loaded ? loaded.error : `找不到报告 ${id}`);
  return loaded.record;
}

/** Problem counts of a document with the record's acknowledgements, for the drafts list. */
export function problemsOf(record: Pick<ReportRecord, 'document' | 'acknowledgements'>) {
  const acks = toEditorAcks(gov2021, record.document, record.acknowledgements);
  return countProblems(gov2021, record.document, acks);
}

/** Applies a workflow action; a refusal changes nothing. */
export async function recordAction(
  env: ReviewEnv,
  record: ReportRecord,
  action: WorkflowAction,
  actor: Actor,
  previous?: ReportDocument,
): Promise<ActionOutcome> {
  const state = { status: record.status, rev: record.rev };
  const result = applyAction(state, action, {
    template: gov2021,
    document: record.document,
    acknowledgements: record.acknowledgements,
    actor,
    at: env.now(),
    eventId: env.newId(),
    previous,
  });
  if (!result.ok) return result;
  const to = result.state.status;
  // Entering 退回修改, the version sent back becomes the base of "what changed since".
  const baseline = to === 'returned' ? record.document : record.review.baseline;
  const events = [...record.review.events, result.event];
  const review = { ...record.review, events, baseline };
  await env.store.save(record.id, record.document, record.rev, { status: to, review });
  await env.store.snapshot(record.id, describeEvent(result.event), SNAPSHOT_KINDS[action.type]);
  return { ok: true, record: await reload(env.store, record.id) };
}

/** Stores new comment threads. */
export async function saveComments(
  env: ReviewEnv,
  record: ReportRecord,
  comments: CommentThread[],
): Promise<ReportRecord> {
  const review = { ...record.review, comments };
  await env.store.save(record.id, record.document, record.rev, { review });
  return reload(env.store, record.id);
}

/** The 审核包 of a report, and the record after its exchange was recorded. */
export async function recordExport(
  env: ReviewEnv,
  record: ReportRecord,
): Promise<{ name: string; text: string; record: ReportRecord }> {
  const { comments, events } = record.review;
  const pkg = createReviewPackage(gov2021, { report: record, comments, events }, env.now());
  const text = serializeReviewPackage(pkg);
  const review = { ...record.review, lastExchange: pkg.lastExchange };
  await env.store.save(record.id, record.document, record.rev, { review });
  return { name: reviewPackageFileName(pkg), text, record: await reload(env.store, record.id) };
}
