import type { ReportDocument } from '../report/document';
import type { Consolidation } from '../consolidate/types';
import type { CommentThread } from '../workflow/comments';
import type { WorkflowEvent } from '../workflow/types';

// A stored report: the document plus what the app needs around it (revision, workflow status,
// timestamps, 回收站 state, acknowledged warnings). The same shape is written to backup files.

/** Workflow states a stored report can be in. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A warning the author has looked at and explained (e.g. why 现行有效件数 does not roll forward). */
export type Acknowledgement = { rule: string; fields: string[]; reason: string; at: string };

/** Numbers of error- and warning-level problems found by the rules when the report was last saved. */
export type ProblemCounts = { errors: number; warnings: number };

/**
 * What the review workflow (issue 6) keeps with a report on this computer: comment threads,
 * the history of actions, the last exchange of a 审核包 (the common base of the next import),
 * and `baseline`, the document as last submitted and sent back (it enters 退回修改): "what
 * changed since the last submission" is measured from it. Null before the first return.
 */
export type ReviewData = {
  comments: CommentThread[];
  events: WorkflowEvent[];
  lastExchange: { documentKey: string; at: string } | null;
  baseline: ReportDocument | null;
};

/** Review data of a report nobody has reviewed yet. */
export function emptyReview(): ReviewData {
  return { comments: [], events: [], lastExchange: null, baseline: null };
}

/**
 * Where a report came from: the format of the file it was imported or received from (`text`,
 * `html`, `json`, `docx`, `pdf`, `xlsx`, `review-package`, …), when the 政务公开办 received it in
 * the workspace (null when it was imported on the start screen), and the file's last-modified
 * time (which of two files of one report is newer). Null for a report typed here.
 */
export type ReportOrigin = {
  format: string;
  receivedAt: string | null;
  modifiedAt: string | null;
};

/** A report as kept by the store and written to backups. */
export type ReportRecord = {
  id: string;
  document: ReportDocument;
  /** Bumped on every save; a save naming another rev is a conflict (two tabs, an import). */
  rev: number;
  status: ReportStatus;
  createdAt: string;
  /** ISO time of the last change to the document, status or acknowledgements. */
  updatedAt: string;
  /** Set while the report is in the 回收站. */
  deletedAt: string | null;
  acknowledgements: Acknowledgement[];
  /** Rule results at the last save; null when never checked (e.g. written by an older release). */
  problems: ProblemCounts | null;
  /** Comments, history of actions and exchange state (defaults for records of older releases). */
  review: ReviewData;
  /** For a consolidated (汇总) report: its sources and each cell's contributions; else null. */
  consolidation: Consolidation | null;
  /** The file the report was imported or received from; null for a report typed here. */
  origin: ReportOrigin | null;
};

/** Why a snapshot (history entry) was taken. */
export const SNAPSHOT_KINDS = [
  'auto',
  'import',
  'submit',
  'return',
  'approve',
  'restore',
  'conflict',
] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** A past version of a report, kept in its history. */
export type Snapshot = {
  id: string;
  reportId: string;
  /** When the snapshot was taken. */
  createdAt: string;
  description: string;
  kind: SnapshotKind;
  /** rev, status and updatedAt of the version captured. */
  rev: number;
  status: ReportStatus;
  updatedAt: string;
  /** `contentKey` of the version captured: lets an import see that a version is already in history. */
  contentKey: string;
  document: ReportDocument;
};

/** A history entry without its document, for lists. */
export type SnapshotSummary = Omit<Snapshot, 'document'>;

/** A record read from storage or a file whose document has not been checked yet. */
export type UncheckedRecord = Omit<ReportRecord, 'document'> & { document: unknown };
