import { gov2021, reportTitle } from '@/domain';
import type { ReportRecord, ReviewData } from '@/domain/drafts';
import { STATUS_LABELS } from '@/domain/workflow';
import {
  mergeReviewPackage,
  parseReviewPackage,
  resolveConflict,
  type ReviewMergePlan,
  type ReviewSide,
} from '@/io/review-package';
import type { ReportStore } from '@/storage/report-store';
import { problemsOf, reload } from './review-ops';

// 导入审核包 against the store: a report new here is created; one that exists is merged
// (comments and history are unions, the document comes from the side that changed it); when
// both sides changed it, the person chooses and the other version is kept in history.

/** A merge that can be written, and one that asks the person first. */
export type MergePlan = Extract<ReviewMergePlan, { kind: 'merge' }>;
export type ConflictPlan = Extract<ReviewMergePlan, { kind: 'conflict' }>;

/** What an import would do, before anything is written. */
export type ImportPlan =
  | { kind: 'error'; message: string }
  | { kind: 'create'; plan: Extract<ReviewMergePlan, { kind: 'create' }> }
  | { kind: 'merge'; plan: MergePlan; local: ReportRecord }
  | { kind: 'conflict'; plan: ConflictPlan; local: ReportRecord };

/** The review state of a stored report, as the merge sees it. */
export function sideOf(record: ReportRecord): ReviewSide {
  const { comments, events, lastExchange } = record.review;
  return { report: record, comments, events, lastExchange };
}

/** Reads a 审核包 and plans its import; nothing is written. */
export async function planPackageImport(store: ReportStore, text: string): Promise<ImportPlan> {
  const parsed = parseReviewPackage(gov2021, text);
  if (!parsed.ok) return { kind: 'error', message: parsed.error };
  const loaded = await store.load(parsed.package.report.id);
  if (loaded && !loaded.ok) return { kind: 'error', message: loaded.error };
  const local = loaded?.record;
  const plan = mergeReviewPackage(gov2021, local && sideOf(local), parsed.package);
  if (plan.kind === 'create') return { kind: 'create', plan };
  if (!local) return { kind: 'error', message: '找不到本机的报告。' };
  return plan.kind === 'merge' ? { kind: 'merge', plan, local } : { kind: 'conflict', plan, local };
}

/** Creates the report of a 审核包 new here; returns its id. */
export async function applyCreate(store: ReportStore, plan: ImportPlan & { kind: 'create' }) {
  const { report, comments, events, lastExchange } = plan.plan.next;
  const baseline = report.status === 'returned' ? report.document : null;
  const review: ReviewData = { comments, events, lastExchange, baseline };
  const { id, document, status, acknowledgements } = report;
  const problems = problemsOf(report);
  await store.create({ id, document, status, acknowledgements, problems, review });
  const label = `导入审核包：${reportTitle(document)}（${STATUS_LABELS[status]}）`;
  await store.snapshot(id, label, 'import');
  return id;
}

/** Writes a merge: versions not kept go to history first; returns the stored record. */
export async function applyMerge(
  store: ReportStore,
  local: ReportRecord,
  plan: MergePlan,
): Promise<ReportRecord> {
  for (const entry of plan.toHistory) {
    await store.snapshot(local.id, entry.description, entry.kind, entry.version);
  }
  const { report, comments, events, lastExchange } = plan.next;
  const entering = report.status === 'returned' && local.status !== 'returned';
  const baseline = entering ? report.document : local.review.baseline;
  if (plan.changed || entering) {
    await store.save(local.id, report.document, local.rev, {
      status: report.status,
      acknowledgements: report.acknowledgements,
      problems: problemsOf(report),
      review: { comments, events, lastExchange, baseline },
    });
  }
  if (local.deletedAt !== null) await store.restore(local.id);
  return reload(store, local.id);
}

/** Settles a conflict with the person's choice and writes it. */
export function applyChoice(
  store: ReportStore,
  plan: ImportPlan & { kind: 'conflict' },
  choice: 'local' | 'incoming',
): Promise<ReportRecord> {
  return applyMerge(store, plan.local, resolveConflict(gov2021, plan.plan, choice));
}
