// Consolidation (汇总): summing the reports of one year into the 本级政府's report (pure).
export type * from './types';
export * from './consolidate';
export { sourceContentKey } from './source-key';
