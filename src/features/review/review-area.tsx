import { useIdentity } from './use-identity';
import type { ReviewSession } from './use-review-session';
import { WorkflowBar } from './workflow-bar';
import './review.css';

// The review's code over the editor, one chunk loaded after the editor's first paint (see
// lazy-review.tsx): the toolbar's workflow actions, the 审核包 menu's panel and the drawer.

export { ReviewPanels, type ReviewPanelsProps } from './review-panels';
export { PackagePanel } from './review-package';

export type ReviewActionsProps = {
  session: ReviewSession;
  /** Nothing may be written (another tab holds the report, or the database closed). */
  disabled: boolean;
  /** No identity yet: the person is asked for it. */
  onNeedIdentity: () => void;
};

/** The workflow actions the person's role allows, for the editor's toolbar. */
export function ReviewActions({ session, disabled, onNeedIdentity }: ReviewActionsProps) {
  const identity = useIdentity();
  return (
    <WorkflowBar
      status={session.record.status}
      identity={identity}
      disabled={disabled || session.busy}
      onAction={(action) => session.act(action, identity ?? { name: '', role: 'preparer' })}
      onNeedIdentity={onNeedIdentity}
    />
  );
}
