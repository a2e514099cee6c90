// The 审核包 (review package): export, parse and merge (issue 6).
export * from './format';
export * from './export';
export * from './parse';
export * from './merge';
export { mergeAcknowledgements } from './merge-parts';
