import type { ReportStatus } from '../drafts/record';

// The vocabulary of the review workflow (issue 6): who acts, what they do, and what is recorded.

/** The two parts people play: 填报人 fills the report in, 审核人 (分管领导, 政务公开办) reviews it. */
export const ROLES = ['preparer', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** A person as recorded on every action and comment. */
export type Actor = { name: string; role: Role };

/** What people do to a report's status. */
export const WORKFLOW_ACTIONS = ['submit', 'resubmit', 'return', 'approve', 'unlock'] as const;
export type WorkflowActionType = (typeof WORKFLOW_ACTIONS)[number];

/** An action with what it needs: returning and unlocking must say why. */
export type WorkflowAction =
  | { type: 'submit' }
  | { type: 'resubmit' }
  | { type: 'return'; reason: string }
  | { type: 'approve' }
  | { type: 'unlock'; reason: string; to?: 'draft' | 'returned' };

/** One entry of a report's history: who did what, when, and to which revision. */
export type WorkflowEvent = {
  id: string;
  action: WorkflowActionType;
  /** ISO time, from the injected clock. */
  at: string;
  actor: Actor;
  reason?: string;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  /** The report's rev when the action was taken: the version submitted, returned or approved. */
  rev: number;
};
