// The review workflow (issue 6): statuses and actions, comments, history, and changes.
export type * from './types';
export { ROLES, WORKFLOW_ACTIONS } from './types';
export * from './status';
export * from './guards';
export * from './history';
export * from './comments';
export * from './anchor-labels';
// Types only: the differ (and the diff library) is loaded when a submitted report is shown
// (features/review/use-review-view.ts); import it from './changes'.
export type * from './word-diff';
export type * from './changes';
export * from './merge';
