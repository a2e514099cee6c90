import { useId, type ReactNode } from 'react';
import { openThreads } from '@/domain/workflow';
import type { ReviewSession } from './use-review-session';
import { isReviewLocked, type ReviewView } from './use-review-view';
import { useIdentity } from './use-identity';
import { IdentityForm } from './identity-form';
import { CommentsPanel } from './comments-panel';
import { ChangesPanel } from './changes-panel';
import { ActionHistory } from './action-history';
import { R } from './strings';

export type ReviewPanelsProps = {
  session: ReviewSession;
  view: ReviewView;
  /** The field last selected in the report. */
  selected: string | null;
  /** Nothing may be written (another tab holds the report, or the database closed). */
  disabled: boolean;
};

function lockNote(session: ReviewSession, reviewer: boolean): string | null {
  const { status } = session.record;
  if (status === 'submitted') return R.lockedSubmitted;
  if (status === 'approved') return R.lockedApproved;
  return reviewer ? R.reviewerReadOnly : null;
}

/** One part of the drawer, titled by its heading. */
function Part({ title, name, children }: { title: string; name: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="review-part" data-part={name} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** The review drawer's content: who works here, why the report is locked, 意见, 修改, 操作记录. */
export function ReviewPanels({ session, view, selected, disabled }: ReviewPanelsProps) {
  const identity = useIdentity();
  const { record } = session;
  const off = disabled || session.busy;
  const note = isReviewLocked(record, identity)
    ? lockNote(session, identity?.role === 'reviewer')
    : null;
  return (
    <div className="review-panels">
      <IdentityForm />
      {note && (
        <p className="review-lock" role="note">
          {note}
        </p>
      )}
      <Part name="comments" title={R.openComments(openThreads(record.review.comments).length)}>
        <CommentsPanel
          threads={record.review.comments}
          identity={identity}
          disabled={off}
          selected={selected}
          getProblems={view.getProblems}
          onChange={session.comment}
        />
      </Part>
      <Part name="changes" title={R.changes}>
        <ChangesPanel changes={view.changes} onRefresh={view.refresh} />
      </Part>
      <Part name="history" title={R.history}>
        <ActionHistory events={record.review.events} />
      </Part>
    </div>
  );
}
