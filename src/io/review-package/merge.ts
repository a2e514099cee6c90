import type { TemplateDef } from '../../domain/template/types';
import { contentKey, stableStringify } from '../../domain/drafts/content-key';
import type { ReportStatus } from '../../domain/drafts/record';
import { diffReports, type ReportChanges } from '../../domain/workflow/changes';
import { compareEvents } from '../../domain/workflow/history';
import { mergeEvents, mergeThreads } from '../../domain/workflow/merge';
import type { WorkflowEvent } from '../../domain/workflow/types';
import { documentKey, type ReviewPackage, type ReviewReport, type ReviewSide } from './format';
import { mergeAcknowledgements } from './merge-parts';

// Importing a 审核包 for a report this computer may already hold. Comments and history are
// unions (nothing anyone wrote is lost); the status comes from the side that acted last; the
// document is compared with the common base (the last exchange): if only one side changed it,
// that side's version is taken; if both did, the person chooses, and the version not chosen is
// returned as `toHistory` so it stays in the report's history.

/** A version of the report the store must keep in its history (a Snapshot of that kind). */
export type HistoryEntry = {
  reportId: string;
  kind: 'import' | 'conflict';
  description: string;
  version: ReviewReport;
  /** drafts `contentKey` of the version, so the store can see it is already in history. */
  contentKey: string;
};

/** What an import brings, for the summary shown before and after. */
export type MergeSummary = {
  newThreads: number;
  newMessages: number;
  newEvents: WorkflowEvent[];
  status: { from: ReportStatus | null; to: ReportStatus };
  /** Whose document is kept: the same on both sides, this computer's, or the package's. */
  document: 'same' | 'local' | 'incoming';
  /** Changes from this computer's document to the one kept (null for a new report). */
  changes: ReportChanges | null;
};

/** The outcome of an import: the review state to store, or a conflict to put to the person. */
export type ReviewMergePlan =
  | { kind: 'create'; next: ReviewSide; summary: MergeSummary }
  | {
      kind: 'merge';
      next: ReviewSide;
      changed: boolean;
      toHistory: HistoryEntry[];
      summary: MergeSummary;
    }
  | {
      kind: 'conflict';
      versions: { local: ReviewReport; incoming: ReviewReport };
      /** Differences from this computer's document to the package's. */
      changes: ReportChanges;
      local: ReviewSide;
      incoming: ReviewPackage;
    };

function keyOf(version: ReviewReport): string {
  // contentKey reads only document, status, acknowledgements and updatedAt; the rest is filler.
  return contentKey({ ...version, createdAt: '', deletedAt: null, problems: null });
}

function historyEntry(version: ReviewReport, kind: HistoryEntry['kind']): HistoryEntry {
  const description =
    kind === 'conflict'
      ? `导入审核包时双方都修改了报告，未采用的版本（修改于 ${version.updatedAt}）`
      : `导入审核包前的本机版本（修改于 ${version.updatedAt}）`;
  return { reportId: version.id, kind, description, version, contentKey: keyOf(version) };
}

/** True when the package's side acted last (by its latest event), so its status wins. */
function incomingActedLast(local: ReviewSide, incoming: ReviewPackage): boolean {
  const theirs = [...incoming.events].sort(compareEvents).at(-1);
  const ours = [...local.events].sort(compareEvents).at(-1);
  if (!theirs) return false;
  return !ours || compareEvents(theirs, ours) > 0;
}

function mergeReport(
  local: ReviewSide,
  incoming: ReviewPackage,
  docSide: 'local' | 'incoming',
): ReviewReport {
  const [ours, theirs] = [local.report, incoming.report];
  const merged = {
    document: (docSide === 'local' ? ours : theirs).document,
    status: (incomingActedLast(local, incoming) ? theirs : ours).status,
    acknowledgements: mergeAcknowledgements(ours.acknowledgements, theirs.acknowledgements),
  };
  const same = (r: ReviewReport) =>
    stableStringify([r.document, r.status, r.acknowledgements]) ===
    stableStringify([merged.document, merged.status, merged.acknowledgements]);
  if (same(ours)) return ours;
  // Another version: the rev moves past both so an editor still holding the old one sees a conflict.
  const updatedAt =
    Date.parse(theirs.updatedAt) > Date.parse(ours.updatedAt) ? theirs.updatedAt : ours.updatedAt;
  return { ...ours, ...merged, rev: Math.max(ours.rev, theirs.rev) + 1, updatedAt };
}

/** Carries out an import with the document of `docSide`; the other document goes to history if it differs. */
function buildMerge(
  t: TemplateDef,
  local: ReviewSide,
  incoming: ReviewPackage,
  docSide: 'local' | 'incoming',
  conflict: boolean,
): Extract<ReviewMergePlan, { kind: 'merge' }> {
  const comments = mergeThreads(local.comments, incoming.comments);
  const events = mergeEvents(local.events, incoming.events);
  const report = mergeReport(local, incoming, docSide);
  const next: ReviewSide = {
    report,
    comments: comments.threads,
    events: events.events,
    lastExchange: incoming.lastExchange,
  };
  const dropped = docSide === 'local' ? incoming.report : local.report;
  const differs = documentKey(local.report.document) !== documentKey(incoming.report.document);
  const toHistory =
    differs && (conflict || docSide === 'incoming')
      ? [historyEntry(dropped, conflict ? 'conflict' : 'import')]
      : [];
  const summary: MergeSummary = {
    newThreads: comments.newThreads,
    newMessages: comments.newMessages,
    newEvents: events.added,
    status: { from: local.report.status, to: report.status },
    document: differs ? docSide : 'same',
    changes: diffReports(t, local.report.document, report.document),
  };
  const changed = stableStringify(next) !== stableStringify(local);
  return { kind: 'merge', next, changed, toHistory, summary };
}

function createPlan(incoming: ReviewPackage): ReviewMergePlan {
  const { report, comments, lastExchange } = incoming;
  const events = [...incoming.events].sort(compareEvents);
  const summary: MergeSummary = {
    newThreads: comments.length,
    newMessages: comments.reduce((n, th) => n + th.messages.length, 0),
    newEvents: events,
    status: { from: null, to: report.status },
    document: 'incoming',
    changes: null,
  };
  return { kind: 'create', next: { report, comments, events, lastExchange }, summary };
}

/**
 * Plans the import of a review package. `local` is this computer's review state of the same
 * report (same id), or undefined when the report is new here.
 */
export function mergeReviewPackage(
  t: TemplateDef,
  local: ReviewSide | undefined,
  incoming: ReviewPackage,
): ReviewMergePlan {
  if (!local) return createPlan(incoming);
  const ourKey = documentKey(local.report.document);
  const theirKey = documentKey(incoming.report.document);
  const base = local.lastExchange?.documentKey;
  if (ourKey === theirKey || base === theirKey)
    return buildMerge(t, local, incoming, 'local', false);
  if (base === ourKey) return buildMerge(t, local, incoming, 'incoming', false);
  // Both changed since the last exchange (or there was none to compare with): the person chooses.
  const versions = { local: local.report, incoming: incoming.report };
  const changes = diffReports(t, local.report.document, incoming.report.document);
  return { kind: 'conflict', versions, changes, local, incoming };
}

/** Settles a conflict with the chosen document; the other version is returned in `toHistory`. */
export function resolveConflict(
  t: TemplateDef,
  plan: Extract<ReviewMergePlan, { kind: 'conflict' }>,
  choice: 'local' | 'incoming',
): Extract<ReviewMergePlan, { kind: 'merge' }> {
  return buildMerge(t, plan.local, plan.incoming, choice, true);
}
