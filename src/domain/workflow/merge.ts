import type { Actor, WorkflowEvent } from './types';
import type { CommentMessage, CommentThread } from './comments';
import { compareEvents } from './history';

// Merging what two people did to the same report's comments and history while they worked
// apart (issue 6: exchange by file). Both are unions by id, so merging the same file twice adds
// nothing the second time, and nobody's message or action is lost.

const time = (iso: string | undefined): number => {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

function compareMessages(a: CommentMessage, b: CommentMessage): number {
  return time(a.at) - time(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The later of two (person, time) marks; the local one on a tie. */
function later(
  ours: { by?: Actor; at?: string },
  theirs: { by?: Actor; at?: string },
): { by?: Actor; at?: string } {
  return time(theirs.at) > time(ours.at) ? theirs : ours;
}

function mergeResolution(ours: CommentThread, theirs: CommentThread): Partial<CommentThread> {
  // Each of "resolved" and "reopened" keeps its latest mark; whichever is later decides.
  const res = later(
    { by: ours.resolvedBy, at: ours.resolvedAt },
    { by: theirs.resolvedBy, at: theirs.resolvedAt },
  );
  const reo = later(
    { by: ours.reopenedBy, at: ours.reopenedAt },
    { by: theirs.reopenedBy, at: theirs.reopenedAt },
  );
  // Threads without any mark (never resolved or reopened) keep their local state.
  const marked = res.at !== undefined || reo.at !== undefined;
  return {
    resolved: marked ? res.at !== undefined && time(res.at) >= time(reo.at) : ours.resolved,
    ...(res.by && res.at ? { resolvedBy: res.by, resolvedAt: res.at } : {}),
    ...(reo.by && reo.at ? { reopenedBy: reo.by, reopenedAt: reo.at } : {}),
  };
}

function mergeThread(ours: CommentThread, theirs: CommentThread): CommentThread {
  const known = new Set(ours.messages.map((m) => m.id));
  const added = theirs.messages.filter((m) => !known.has(m.id));
  const messages =
    added.length === 0 ? ours.messages : [...ours.messages, ...added].sort(compareMessages);
  const { resolvedBy: _b, resolvedAt: _a, reopenedBy: _rb, reopenedAt: _ra, ...rest } = ours;
  return { ...rest, messages, ...mergeResolution(ours, theirs) };
}

/** What a comment merge brought: new threads, and new messages (in new and in known threads). */
export type ThreadMerge = { threads: CommentThread[]; newThreads: number; newMessages: number };

/** Union of two sets of threads by id: messages by id, the later of resolve and reopen wins. */
export function mergeThreads(
  ours: readonly CommentThread[],
  theirs: readonly CommentThread[],
): ThreadMerge {
  const incoming = new Map(theirs.map((th) => [th.id, th]));
  let newMessages = 0;
  const merged = ours.map((th) => {
    const other = incoming.get(th.id);
    if (!other) return th;
    const result = mergeThread(th, other);
    newMessages += result.messages.length - th.messages.length;
    return result;
  });
  const known = new Set(ours.map((th) => th.id));
  const added = theirs.filter((th) => !known.has(th.id));
  newMessages += added.reduce((n, th) => n + th.messages.length, 0);
  return { threads: [...merged, ...added], newThreads: added.length, newMessages };
}

/** Union of two histories by event id, oldest first; also returns the events that were new. */
export function mergeEvents(
  ours: readonly WorkflowEvent[],
  theirs: readonly WorkflowEvent[],
): { events: WorkflowEvent[]; added: WorkflowEvent[] } {
  const known = new Set(ours.map((e) => e.id));
  const added = theirs.filter((e) => !known.has(e.id));
  return { events: [...ours, ...added].sort(compareEvents), added: [...added].sort(compareEvents) };
}
