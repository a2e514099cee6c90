import { useState } from 'react';
import type { Violation } from '@/domain/rules/types';
import {
  addThread,
  openThreads,
  reopenThread,
  replyToThread,
  resolveThread,
  type Actor,
  type CommentAnchor,
  type CommentResult,
  type CommentThread,
} from '@/domain/workflow';
import { CommentThreadView } from './comment-thread';
import { NewCommentForm } from './new-comment-form';
import { R } from './strings';
import { newId } from '@/components/new-id';

type Props = {
  threads: readonly CommentThread[];
  identity: Actor | null;
  disabled: boolean;
  selected: string | null;
  getProblems: () => Violation[];
  onChange: (change: (threads: CommentThread[]) => CommentResult) => Promise<string | null>;
};

const now = () => new Date().toISOString();

/**
 * What the person can do to the threads, recorded under `identity` (nothing without one): add a
 * comment, reply, resolve or reopen; a refused change is said in `error`.
 */
function useThreadActions(identity: Actor | null, onChange: Props['onChange']) {
  const [error, setError] = useState<string | null>(null);
  const run = (change: (threads: CommentThread[]) => CommentResult) =>
    onChange(change).then(setError);
  const message = (me: Actor, text: string) => ({ id: newId(), author: me, at: now(), text });
  function add(anchor: CommentAnchor, text: string) {
    if (!identity) return Promise.resolve();
    return onChange((list) =>
      addThread(list, { id: newId(), anchor, message: message(identity, text) }),
    );
  }
  function reply(id: string, text: string) {
    if (!identity) return Promise.resolve();
    return run((list) => replyToThread(list, id, message(identity, text)));
  }
  function resolve(id: string, resolved: boolean) {
    if (!identity) return;
    const change = resolved ? resolveThread : reopenThread;
    void run((list) => change(list, id, identity, now()));
  }
  return { error, add, reply, resolve };
}

type SectionsProps = {
  threads: readonly CommentThread[];
  identity: Actor | null;
  disabled: boolean;
  onReply: (id: string, text: string) => Promise<unknown>;
  onResolve: (id: string, resolved: boolean) => void;
};

/** The open threads (or that there are none), then the resolved ones folded under 全部意见. */
function ThreadSections({ threads, identity, disabled, onReply, onResolve }: SectionsProps) {
  const open = openThreads(threads);
  const done = threads.filter((th) => th.resolved);
  const render = (th: CommentThread) => (
    <CommentThreadView
      key={th.id}
      thread={th}
      identity={identity}
      disabled={disabled}
      onReply={(text) => onReply(th.id, text)}
      onResolve={(r) => onResolve(th.id, r)}
    />
  );
  return (
    <>
      {open.length === 0 ? <p className="review-empty">{R.noComments}</p> : open.map(render)}
      {done.length > 0 && (
        <details>
          <summary>{R.allThreads(threads.length)}</summary>
          {done.map(render)}
        </details>
      )}
    </>
  );
}

/** 审核意见: open comments first, every thread with replies and resolve, and a new comment. */
export function CommentsPanel({
  threads,
  identity,
  disabled,
  selected,
  getProblems,
  onChange,
}: Props) {
  const { error, add, reply, resolve } = useThreadActions(identity, onChange);
  return (
    <div className="comments-panel">
      {error && <p role="alert">{error}</p>}
      <ThreadSections
        threads={threads}
        identity={identity}
        disabled={disabled}
        onReply={reply}
        onResolve={resolve}
      />
      {identity ? (
        <NewCommentForm
          selected={selected}
          getProblems={getProblems}
          disabled={disabled}
          onAdd={add}
        />
      ) : (
        <p className="review-hint">{R.identityNeeded}</p>
      )}
    </div>
  );
}
