// The review workflow (issue 6): identity, workflow actions, comments, changes, history and the
// 审核包 exchange, over the persisted editor (its toolbar and the review drawer) and on the start
// screen. The actions, panels and 审核包 menu are a chunk of their own, loaded after the first
// paint (see lazy-review.tsx); the 审核包 parse and merge code (zod) only when a file is chosen
// (see use-package-import.ts).
export { ReviewActions, StartScreenReview } from './lazy-review';
export { ReviewButton, PackageMenu, ReviewDrawer, REVIEW_DRAWER_WIDTH } from './review-toolbar';
export { StatusBadge } from './status-badge';
export { useOpenOnNewComments } from './use-open-on-new-comments';
export { useIdentity } from './use-identity';
export { useReviewSession, type ReviewHost, type ReviewSession } from './use-review-session';
export { useReviewView, isReviewLocked, type ReviewView } from './use-review-view';
export { useFieldSelection } from './selection';
