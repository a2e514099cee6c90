import { gov2021 } from '../../../domain/template/gov-2021';
import { sample2021 } from '../../../domain/samples/sample-2021';
import { setAtPath } from '../../../domain/report/document';
import type { CommentThread } from '../../../domain/workflow/comments';
import type { WorkflowEvent } from '../../../domain/workflow/types';
import { createReviewPackage } from '../export';
import type { ReviewPackage, ReviewSide } from '../format';

// Builders for the review-package tests: the preparer's side, and packages from the reviewer.

export const T0 = '2025-01-10T00:00:00.000Z';

export const submitted: WorkflowEvent = {
  id: 'ev-submit',
  action: 'submit',
  at: '2025-01-10T01:00:00.000Z',
  actor: { name: '王小明', role: 'preparer' },
  fromStatus: 'draft',
  toStatus: 'submitted',
  rev: 3,
};

export const returned: WorkflowEvent = {
  id: 'ev-return',
  action: 'return',
  at: '2025-01-11T01:00:00.000Z',
  actor: { name: '李主任', role: 'reviewer' },
  reason: '表二数字需核对',
  fromStatus: 'submitted',
  toStatus: 'returned',
  rev: 3,
};

/** The preparer's side right after exporting the submitted report. */
export function preparerSide(comments: CommentThread[] = []): ReviewSide {
  const side: ReviewSide = {
    report: {
      id: 'r1',
      document: sample2021,
      status: 'submitted',
      rev: 3,
      updatedAt: T0,
      acknowledgements: [],
    },
    comments,
    events: [submitted],
    lastExchange: null,
  };
  return {
    ...side,
    lastExchange: createReviewPackage(gov2021, side, '2025-01-10T02:00:00.000Z').lastExchange,
  };
}

/** A package from the other side, built from a side with changes applied. */
export function packageFrom(
  side: ReviewSide,
  exportedAt = '2025-01-12T00:00:00.000Z',
): ReviewPackage {
  return createReviewPackage(gov2021, side, exportedAt);
}

/** The side with one cell changed (an edit since the last exchange). */
export function edited(side: ReviewSide, value: number, updatedAt: string): ReviewSide {
  const document = setAtPath(side.report.document, 'proactive.licensing', value);
  return { ...side, report: { ...side.report, document, updatedAt, rev: side.report.rev + 1 } };
}
