import type { RuleId } from '../rules/types';
import type { Actor } from './types';

// Review comments: threads anchored to what the 审核人 is looking at (a cell, a row, a section,
// or a problem the rules found), with replies and a resolved state. Pure: ids, times and people
// come in as arguments, and every function returns new arrays.

/** What a thread is about. Paths are field paths of the document (`requests.newReceived.natural`). */
export type CommentAnchor =
  | { type: 'cell'; path: string }
  | { type: 'row'; path: string }
  | { type: 'section'; key: string }
  | { type: 'problem'; rule: RuleId; fields: string[] };

/** One message of a thread. */
export type CommentMessage = { id: string; author: Actor; at: string; text: string };

/** A thread: its first message is the comment, the others are replies. */
export type CommentThread = {
  id: string;
  anchor: CommentAnchor;
  messages: CommentMessage[];
  resolved: boolean;
  resolvedBy?: Actor;
  resolvedAt?: string;
  /** Kept next to resolvedAt so a merge can tell which of resolve and reopen came last. */
  reopenedBy?: Actor;
  reopenedAt?: string;
};

/** The outcome of a comment operation: the new threads, or a Chinese refusal. */
export type CommentResult = { ok: true; threads: CommentThread[] } | { ok: false; reason: string };

const NOT_FOUND = '找不到这条意见，可能已被删除或尚未同步。';

function checkMessage(message: CommentMessage): string | null {
  if (message.text.trim() === '') return '意见内容不能为空。';
  if (message.author.name.trim() === '') return '请先填写姓名：每条意见都会记录填写人。';
  return null;
}

function updateThread(
  threads: readonly CommentThread[],
  threadId: string,
  change: (thread: CommentThread) => CommentThread,
): CommentResult {
  if (!threads.some((th) => th.id === threadId)) return { ok: false, reason: NOT_FOUND };
  return { ok: true, threads: threads.map((th) => (th.id === threadId ? change(th) : th)) };
}

/** Starts a thread on `anchor` with its first message. */
export function addThread(
  threads: readonly CommentThread[],
  thread: { id: string; anchor: CommentAnchor; message: CommentMessage },
): CommentResult {
  const refusal = checkMessage(thread.message);
  if (refusal) return { ok: false, reason: refusal };
  if (threads.some((th) => th.id === thread.id)) return { ok: false, reason: '意见编号重复。' };
  const added: CommentThread = {
    id: thread.id,
    anchor: thread.anchor,
    messages: [{ ...thread.message, text: thread.message.text.trim() }],
    resolved: false,
  };
  return { ok: true, threads: [...threads, added] };
}

/** Adds a reply to a thread (resolved threads take replies too; they stay resolved). */
export function replyToThread(
  threads: readonly CommentThread[],
  threadId: string,
  message: CommentMessage,
): CommentResult {
  const refusal = checkMessage(message);
  if (refusal) return { ok: false, reason: refusal };
  const reply = { ...message, text: message.text.trim() };
  return updateThread(threads, threadId, (th) => ({ ...th, messages: [...th.messages, reply] }));
}

/** Marks a thread resolved by `actor` at `at`. */
export function resolveThread(
  threads: readonly CommentThread[],
  threadId: string,
  actor: Actor,
  at: string,
): CommentResult {
  return updateThread(threads, threadId, (th) => ({
    ...th,
    resolved: true,
    resolvedBy: actor,
    resolvedAt: at,
  }));
}

/** Opens a resolved thread again; who resolved it and when is kept. */
export function reopenThread(
  threads: readonly CommentThread[],
  threadId: string,
  actor: Actor,
  at: string,
): CommentResult {
  return updateThread(threads, threadId, (th) => ({
    ...th,
    resolved: false,
    reopenedBy: actor,
    reopenedAt: at,
  }));
}

/** The threads not resolved yet. */
export function openThreads(threads: readonly CommentThread[]): CommentThread[] {
  return threads.filter((th) => !th.resolved);
}

/** The field paths (or section key) a thread is shown at. */
export function anchorFields(anchor: CommentAnchor): string[] {
  switch (anchor.type) {
    case 'cell':
    case 'row':
      return [anchor.path];
    case 'section':
      return [anchor.key];
    case 'problem':
      return [...anchor.fields];
  }
}

/** Number of open threads per path (or section key), for the markers in the editor. */
export function threadsByField(
  threads: readonly CommentThread[],
  options: { includeResolved?: boolean } = {},
): Map<string, number> {
  const counts = new Map<string, number>();
  const shown = options.includeResolved ? threads : openThreads(threads);
  for (const th of shown) {
    // A thread naming the same cell twice is still one thread at that cell.
    for (const path of new Set(anchorFields(th.anchor))) {
      counts.set(path, (counts.get(path) ?? 0) + 1);
    }
  }
  return counts;
}
