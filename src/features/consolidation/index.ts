// A consolidated (汇总) report in the editor (issue 12 item 5): read-only sums with each cell's
// sources, and the out-of-date banner with 重新汇总. The layer is loaded only for a 汇总.
export { ConsolidationFrame } from './lazy-consolidation';
export type { ConsolidationLayerProps } from './consolidation-layer';
export type { RerunOutcome } from './stale-banner';
