// The review workflow (issue 6): identity, workflow bar, comments, changes, history and the
// 审核包 exchange, over the persisted editor and on the start screen.
// The panels (workflow bar, comments, changes, history, 审核包 buttons) and the start screen's
// part are chunks of their own, loaded after the first paint (see lazy-review.tsx); the 审核包
// parse and merge code (zod) only when a file is chosen (see use-package-import.ts).
export { ReviewArea, StartScreenReview, preloadReviewArea } from './lazy-review';
export { useIdentity } from './use-identity';
export { useReviewSession, type ReviewHost, type ReviewSession } from './use-review-session';
export { useReviewView, isReviewLocked, type ReviewView } from './use-review-view';
export { useFieldSelection } from './selection';
