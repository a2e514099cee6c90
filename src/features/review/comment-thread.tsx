import {
  ROLE_LABELS,
  type Actor,
  type CommentMessage,
  type CommentThread,
} from '@/domain/workflow';
import { formatTime } from '@/components/format-time';
import { anchorLabel } from './logic/anchors';
import { ReasonForm } from './reason-form';
import { R } from './strings';

type Props = {
  thread: CommentThread;
  identity: Actor | null;
  disabled: boolean;
  onReply: (text: string) => Promise<unknown>;
  onResolve: (resolved: boolean) => void;
};

/** One thread: where it is anchored, its messages, a reply box and resolve / reopen. */
export function CommentThreadView({ thread, identity, disabled, onReply, onResolve }: Props) {
  const where = anchorLabel(thread.anchor);
  const canAct = identity !== null && !disabled;
  return (
    <article
      className="comment-thread"
      data-thread={thread.id}
      data-resolved={thread.resolved}
      aria-label={where}
    >
      <header>
        <strong>{where}</strong>
        <span className="comment-state">{thread.resolved ? R.resolved : R.open}</span>
      </header>
      <ThreadMessages messages={thread.messages} />
      {canAct && (
        <div className="comment-actions">
          <ReasonForm
            kind="comment"
            label={`${R.replyText}（${where}）`}
            submitLabel={R.sendReply}
            onSubmit={onReply}
          />
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => onResolve(!thread.resolved)}
          >
            {thread.resolved ? R.reopen : R.resolve}
          </button>
        </div>
      )}
    </article>
  );
}

/** The thread's messages, oldest first: who (and their role), when, and what. */
function ThreadMessages({ messages }: { messages: readonly CommentMessage[] }) {
  return (
    <ol className="comment-messages">
      {messages.map((m) => (
        <li key={m.id}>
          <span className="comment-author">
            {m.author.name}（{ROLE_LABELS[m.author.role]}）
          </span>{' '}
          <time dateTime={m.at}>{formatTime(m.at)}</time>
          <p>{m.text}</p>
        </li>
      ))}
    </ol>
  );
}
