import { gov2021 } from '../../template/gov-2021';
import { sample2021 } from '../../samples/sample-2021';
import { setAtPath, type ReportDocument } from '../../report/document';
import type { Acknowledgement } from '../../drafts/record';
import type { Actor, WorkflowEvent } from '../types';
import type { CommentMessage } from '../comments';
import type { ActionContext } from '../status';

// Builders for the workflow tests (not used by the app).

export const preparer: Actor = { name: '王小明', role: 'preparer' };
export const reviewer: Actor = { name: '李主任', role: 'reviewer' };

/** The sample's one warning at submit: 六、其他需要报告的事项 says nothing about fees. */
export const feeAck: Acknowledgement = {
  rule: 'feeReported',
  fields: ['otherMatters'],
  reason: '本年度未收取信息处理费，已在其他事项中说明',
  at: '2025-01-10T08:00:00.000Z',
};

/** A context for applyAction on the sample (which passes the rules once its warning is acknowledged). */
export function context(actor: Actor, overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    template: gov2021,
    document: sample2021,
    acknowledgements: [feeAck],
    actor,
    at: '2025-01-15T02:00:00.000Z',
    eventId: 'e1',
    ...overrides,
  };
}

/** The sample with one cell changed. */
export function withCell(
  path: string,
  value: number | null,
  doc: ReportDocument = sample2021,
): ReportDocument {
  return setAtPath(doc, path, value);
}

/** A history entry. */
export function event(
  id: string,
  at: string,
  overrides: Partial<WorkflowEvent> = {},
): WorkflowEvent {
  return {
    id,
    action: 'submit',
    at,
    actor: preparer,
    fromStatus: 'draft',
    toStatus: 'submitted',
    rev: 1,
    ...overrides,
  };
}

/** A comment message. */
export function message(
  id: string,
  at: string,
  text = '请核对',
  author: Actor = reviewer,
): CommentMessage {
  return { id, author, at, text };
}
