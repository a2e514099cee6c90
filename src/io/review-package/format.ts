import type { ReportRecord } from '../../domain/drafts/record';
import { hashString, stableStringify } from '../../domain/drafts/content-key';
import type { ReportDocument } from '../../domain/report/document';
import type { CommentThread } from '../../domain/workflow/comments';
import type { WorkflowEvent } from '../../domain/workflow/types';

// The 审核包 (review package): one JSON file carrying a report, its status, its comments and
// its history between the 填报人 and the 审核人. Strict when writing, and refused as a whole
// when it cannot be read: a review package is written by the app, so damage means a bad file.

export const REVIEW_PACKAGE_KIND = 'gov-info-disclosure-annual-report-review';
export const REVIEW_PACKAGE_VERSION = 1;

/** The report as exchanged: the stored record without what stays on one computer. */
export type ReviewReport = Pick<
  ReportRecord,
  'id' | 'document' | 'status' | 'rev' | 'updatedAt' | 'acknowledgements'
>;

/**
 * The last exchange of a report between two people: the document's key at that moment. Both
 * sides hold this version afterwards, so it is the common base the next import compares with.
 */
export type Exchange = { documentKey: string; at: string };

/** A review package file (schema version 1). */
export type ReviewPackage = {
  kind: typeof REVIEW_PACKAGE_KIND;
  schemaVersion: typeof REVIEW_PACKAGE_VERSION;
  exportedAt: string;
  report: ReviewReport;
  comments: CommentThread[];
  events: WorkflowEvent[];
  /** The exported document's key and the export time: the receiver's new common base. */
  lastExchange: Exchange;
};

/** One side's review state of a report, as kept by the app; `lastExchange` is null before any. */
export type ReviewSide = {
  report: ReviewReport;
  comments: CommentThread[];
  events: WorkflowEvent[];
  lastExchange: Exchange | null;
};

/** Identifies a document's content: equal documents give equal keys, whatever their key order. */
export function documentKey(doc: ReportDocument): string {
  return hashString(stableStringify(doc));
}
