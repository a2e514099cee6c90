import { useState } from 'react';
import { openThreads } from '@/domain/workflow';
import type { ReviewSession } from './use-review-session';
import type { ReviewView } from './use-review-view';
import { isReviewLocked } from './use-review-view';
import { useIdentity } from './use-identity';
import { IdentityForm } from './identity-form';
import { WorkflowBar } from './workflow-bar';
import { CommentsPanel } from './comments-panel';
import { ChangesPanel } from './changes-panel';
import { ActionHistory } from './action-history';
import { PackageImport } from './review-package';
import { R } from './strings';
import './review.css';

export type ReviewAreaProps = {
  session: ReviewSession;
  view: ReviewView;
  /** The field last selected in the report. */
  selected: string | null;
  /** Nothing may be written (another tab holds the report, or the database closed). */
  disabled: boolean;
};

function lockNote(props: ReviewAreaProps, reviewer: boolean): string | null {
  const { status } = props.session.record;
  if (status === 'submitted') return R.lockedSubmitted;
  if (status === 'approved') return R.lockedApproved;
  return reviewer ? R.reviewerReadOnly : null;
}

/** The review over the editor: identity, workflow, 审核包, comments, changes and history. */
export function ReviewArea(props: ReviewAreaProps) {
  const { session, view, disabled } = props;
  const identity = useIdentity();
  const { record } = session;
  const off = disabled || session.busy;
  const note = isReviewLocked(record, identity)
    ? lockNote(props, identity?.role === 'reviewer')
    : null;
  const open = openThreads(record.review.comments).length;
  const [commentsOpen, setCommentsOpen] = useOpenWhenSome(open > 0);
  return (
    <section className="review-area" aria-label={R.workflow}>
      <div className="review-top">
        <IdentityForm />
        <WorkflowBar
          status={record.status}
          identity={identity}
          disabled={off}
          onAction={(action) => session.act(action, identity ?? { name: '', role: 'preparer' })}
        />
        <ExportButton session={session} disabled={off} />
        <PackageImport
          disabled={off}
          target={{
            store: session.store,
            reportId: record.id,
            prepare: session.settle,
            write: session.applyImport,
          }}
        />
      </div>
      {!identity && <p className="review-hint">{R.identityNeeded}</p>}
      {note && (
        <p className="review-lock" role="note">
          {note}
        </p>
      )}
      <details
        className="review-panel"
        open={commentsOpen}
        onToggle={(e) => setCommentsOpen(e.currentTarget.open)}
      >
        <summary>{R.openComments(open)}</summary>
        <CommentsPanel
          threads={record.review.comments}
          identity={identity}
          disabled={off}
          selected={props.selected}
          getProblems={view.getProblems}
          onChange={session.comment}
        />
      </details>
      <details className="review-panel" open={record.review.baseline !== null}>
        <summary>{R.changes}</summary>
        <ChangesPanel changes={view.changes} onRefresh={view.refresh} />
      </details>
      <details className="review-panel">
        <summary>{R.history}</summary>
        <ActionHistory events={record.review.events} />
      </details>
    </section>
  );
}

/**
 * Whether a panel is open: at first when it has something to show, and again whenever it comes to
 * have some (an imported 审核包 brings comments); it is not closed under the person's hands.
 */
function useOpenWhenSome(some: boolean) {
  const [open, setOpen] = useState(some);
  const [seen, setSeen] = useState(some);
  if (seen !== some) {
    setSeen(some);
    if (some) setOpen(true);
  }
  return [open, setOpen] as const;
}

function ExportButton({ session, disabled }: { session: ReviewSession; disabled: boolean }) {
  const [message, setMessage] = useState('');
  async function run() {
    try {
      setMessage(R.exported(await session.exportPackage()));
    } catch (e) {
      setMessage(R.failed(e instanceof Error ? e.message : String(e)));
    }
  }
  return (
    <div className="package-export">
      <button type="button" disabled={disabled} title={R.exportHint} onClick={() => void run()}>
        {R.exportPackage}
      </button>
      <span role="status">{message}</span>
    </div>
  );
}
