import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
import type { ReportStatus } from '../drafts/record';
import type { Violation } from '../rules/types';
import type { Actor, Role, WorkflowAction, WorkflowActionType, WorkflowEvent } from './types';
import { checkSubmission, describeSubmissionCheck, type AcknowledgementLike } from './guards';

// The review workflow as a transition table (the DOJ FOIA draft → submitted → returned / cleared
// pattern of design.md): 草稿 → 待审核 → 退回修改 → 待审核 … → 已定稿, and 撤销定稿 back.
// applyAction is pure: the clock, the event id and the person come in through the context.

/** Chinese names of the statuses, as shown everywhere. */
export const STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '退回修改',
  approved: '已定稿',
};

/** Chinese names of the actions (button captions and history). */
export const ACTION_LABELS: Readonly<Record<WorkflowActionType, string>> = {
  submit: '提交审核',
  resubmit: '重新提交审核',
  return: '退回修改',
  approve: '审核定稿',
  unlock: '撤销定稿',
};

/** Chinese names of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  preparer: '填报人',
  reviewer: '审核人',
};

/** One row of the transition table. */
export type Transition = {
  from: ReportStatus;
  to: ReportStatus;
  role: Role;
  /** Returning and unlocking must say why: the 分管领导 is accountable for the figures. */
  needsReason: boolean;
  /** Errors and unacknowledged warnings block submitting and 定稿 (report-format.md, "Rules"). */
  checksRules: boolean;
};

/** The transition table. unlock's `to` is the default; the action may ask for 草稿 instead. */
export const TRANSITIONS: Readonly<Record<WorkflowActionType, Transition>> = {
  submit: {
    from: 'draft',
    to: 'submitted',
    role: 'preparer',
    needsReason: false,
    checksRules: true,
  },
  resubmit: {
    from: 'returned',
    to: 'submitted',
    role: 'preparer',
    needsReason: false,
    checksRules: true,
  },
  return: {
    from: 'submitted',
    to: 'returned',
    role: 'reviewer',
    needsReason: true,
    checksRules: false,
  },
  approve: {
    from: 'submitted',
    to: 'approved',
    role: 'reviewer',
    needsReason: false,
    checksRules: true,
  },
  unlock: {
    from: 'approved',
    to: 'returned',
    role: 'reviewer',
    needsReason: true,
    checksRules: false,
  },
};

/** The workflow part of a stored report. */
export type WorkflowState = { status: ReportStatus; rev: number };

/** Everything an action is judged on besides the state; `at` and `eventId` are injected. */
export type ActionContext = {
  template: TemplateDef;
  document: ReportDocument;
  acknowledgements: readonly AcknowledgementLike[];
  actor: Actor;
  at: string;
  eventId: string;
  /** Last year's report, when available: turns on the rules that compare with it. */
  previous?: ReportDocument;
};

/** The outcome of an action: the new state and its history entry, or a Chinese refusal. */
export type ActionResult =
  | { ok: true; state: WorkflowState; event: WorkflowEvent }
  | { ok: false; reason: string; violations?: Violation[] };

/** True when the document may be edited: only 草稿 and 退回修改; 待审核 and 已定稿 are locked. */
export function canEdit(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** The actions a person in `role` can take on a report in `status` (rules not yet checked). */
export function availableActions(status: ReportStatus, role: Role): WorkflowActionType[] {
  return (Object.keys(TRANSITIONS) as WorkflowActionType[]).filter(
    (a) => TRANSITIONS[a].from === status && TRANSITIONS[a].role === role,
  );
}

function reasonOf(action: WorkflowAction): string {
  return 'reason' in action ? action.reason.trim() : '';
}

function refuseBasics(state: WorkflowState, action: WorkflowAction, actor: Actor): string | null {
  const rule = TRANSITIONS[action.type];
  const label = ACTION_LABELS[action.type];
  if (actor.name.trim() === '') return `请先填写姓名：每一步操作都会记录操作人。`;
  if (state.status !== rule.from) {
    return `「${STATUS_LABELS[state.status]}」状态的报告不能${label}（只有「${STATUS_LABELS[rule.from]}」的报告可以）。`;
  }
  if (actor.role !== rule.role) return `只有${ROLE_LABELS[rule.role]}可以${label}。`;
  if (rule.needsReason && reasonOf(action) === '') return `${label}需要填写理由。`;
  return null;
}

/** Applies a workflow action: checks status, role, reason and (for submit and 定稿) the rules. */
export function applyAction(
  state: WorkflowState,
  action: WorkflowAction,
  ctx: ActionContext,
): ActionResult {
  const refusal = refuseBasics(state, action, ctx.actor);
  if (refusal) return { ok: false, reason: refusal };
  const rule = TRANSITIONS[action.type];
  if (rule.checksRules) {
    const check = checkSubmission(ctx.template, ctx.document, ctx.acknowledgements, ctx.previous);
    const why = describeSubmissionCheck(check, ACTION_LABELS[action.type]);
    if (why)
      return { ok: false, reason: why, violations: [...check.errors, ...check.unacknowledged] };
  }
  const to = action.type === 'unlock' ? (action.to ?? rule.to) : rule.to;
  const reason = reasonOf(action);
  const event: WorkflowEvent = {
    id: ctx.eventId,
    action: action.type,
    at: ctx.at,
    actor: { name: ctx.actor.name.trim(), role: ctx.actor.role },
    ...(reason === '' ? {} : { reason }),
    fromStatus: state.status,
    toStatus: to,
    rev: state.rev,
  };
  return { ok: true, state: { status: to, rev: state.rev }, event };
}
