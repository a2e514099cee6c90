// The review workflow (issue 6): identity, workflow bar, comments, changes, history and the
// 审核包 exchange, over the persisted editor and on the start screen.
export { ReviewArea } from './review-area';
export { IdentityForm } from './identity-form';
export { PackageImport } from './review-package';
export { useIdentity } from './use-identity';
export { useReviewSession, type ReviewHost, type ReviewSession } from './use-review-session';
export { useReviewView, isReviewLocked, type ReviewView } from './use-review-view';
export { useFieldSelection } from './selection';
export { StartScreenReview } from './start-screen-review';
