import { REPORT_KIND, isPlainObject, type ReportDocument } from '../report/document';
import type { CommentMessage, CommentThread } from '../workflow/comments';
import { ROLES, WORKFLOW_ACTIONS, type Actor, type WorkflowEvent } from '../workflow/types';
import { REPORT_STATUSES, emptyReview, type ReviewData } from './record';

// Lenient reading of the review data kept with a stored or backed-up record (issue 6): records
// of older releases have none, and a damaged thread or event is dropped rather than crashing
// the review panels. The baseline document is only recognised here; the store checks it.

const isText = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is string => isText(v) && !Number.isNaN(Date.parse(v));
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  list.some((x) => x === v);

function isActor(v: unknown): v is Actor {
  return isPlainObject(v) && isText(v.name) && isOneOf(ROLES, v.role);
}

function isMessage(v: unknown): v is CommentMessage {
  return isPlainObject(v) && isText(v.id) && isActor(v.author) && isTime(v.at) && isText(v.text);
}

function isAnchor(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  if (v.type === 'cell' || v.type === 'row') return isText(v.path);
  if (v.type === 'section') return isText(v.key);
  return v.type === 'problem' && isText(v.rule) && Array.isArray(v.fields);
}

function isThread(v: unknown): v is CommentThread {
  if (!isPlainObject(v) || !isText(v.id) || !isAnchor(v.anchor)) return false;
  return (
    Array.isArray(v.messages) && v.messages.every(isMessage) && typeof v.resolved === 'boolean'
  );
}

function isEvent(v: unknown): v is WorkflowEvent {
  if (!isPlainObject(v) || !isText(v.id) || !isOneOf(WORKFLOW_ACTIONS, v.action)) return false;
  if (!isTime(v.at) || !isActor(v.actor) || typeof v.rev !== 'number') return false;
  return isOneOf(REPORT_STATUSES, v.fromStatus) && isOneOf(REPORT_STATUSES, v.toStatus);
}

function readExchange(v: unknown): ReviewData['lastExchange'] {
  return isPlainObject(v) && isText(v.documentKey) && isTime(v.at)
    ? { documentKey: v.documentKey, at: v.at }
    : null;
}

/** The review data of a record, with defaults for whatever is missing or damaged. */
export function readReview(raw: unknown): ReviewData {
  if (!isPlainObject(raw)) return emptyReview();
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const baseline =
    isPlainObject(raw.baseline) && raw.baseline.kind === REPORT_KIND ? raw.baseline : null;
  return {
    comments: list(raw.comments).filter(isThread),
    events: list(raw.events).filter(isEvent),
    lastExchange: readExchange(raw.lastExchange),
    // Checked against the template when the record is loaded (store-records.ts).
    baseline: baseline as ReportDocument | null,
  };
}
