// The review workflow (issue 6): statuses and actions, comments, history, and changes.
export type * from './types';
export { ROLES, WORKFLOW_ACTIONS } from './types';
export * from './status';
export * from './guards';
export * from './history';
export * from './comments';
export * from './anchor-labels';
export * from './word-diff';
export * from './changes';
export * from './merge';
