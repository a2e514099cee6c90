import type { ReportStatus } from '../drafts/record';
import type { WorkflowEvent } from './types';
import { ACTION_LABELS, ROLE_LABELS, STATUS_LABELS } from './status';

// Reading a report's history: the list shown with times, the last submission (the base of
// "what changed since the last submission"), and the approval printed on the 定稿 copy.

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Orders events oldest first: by time, then id, so every device shows the same order. */
export function compareEvents(a: WorkflowEvent, b: WorkflowEvent): number {
  return time(a.at) - time(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The events oldest first (a new array). */
export function sortEvents(events: readonly WorkflowEvent[]): WorkflowEvent[] {
  return [...events].sort(compareEvents);
}

/** The latest submit or resubmit, or null when the report was never submitted. */
export function lastSubmission(events: readonly WorkflowEvent[]): WorkflowEvent | null {
  const submits = events.filter((e) => e.action === 'submit' || e.action === 'resubmit');
  return sortEvents(submits).at(-1) ?? null;
}

/** The approval to print on a 已定稿 report (审核人 and time), or null when it is not approved. */
export function approvalOf(
  status: ReportStatus,
  events: readonly WorkflowEvent[],
): { reviewer: string; at: string } | null {
  if (status !== 'approved') return null;
  const approval = sortEvents(events.filter((e) => e.action === 'approve')).at(-1);
  return approval ? { reviewer: approval.actor.name, at: approval.at } : null;
}

/** One line of the history, without the time (the UI formats it in local time). */
export function describeEvent(e: WorkflowEvent): string {
  const who = `${e.actor.name}（${ROLE_LABELS[e.actor.role]}）`;
  const move = `「${STATUS_LABELS[e.fromStatus]}」→「${STATUS_LABELS[e.toStatus]}」`;
  const why = e.reason ? `，理由：${e.reason}` : '';
  return `${who}${ACTION_LABELS[e.action]}，${move}${why}`;
}
