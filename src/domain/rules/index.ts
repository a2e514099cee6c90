// The rules of report-format.md ("Rules"), as pure functions of a template and a document.
export type * from './types';
export { checkReport, RULE_ORDER } from './check-report';
export { checkBalance } from './balance';
export { checkCellValues } from './cell-values';
export { checkRequired } from './required';
export { checkCarryOver } from './carry-over';
export { checkInForce } from './in-force';
export { checkNarrativeNumbers } from './narrative-number';
export { checkFeeReported } from './fee-reported';
export { findClaims, splitClauses, type Claim, type ClaimKind } from './narrative-claims';
export { ALL_RULES, checkRules, sortViolations } from './check-report';
export { severityCounts, type SeverityCounts } from './severity-counts';
export { recheckReport, rulesReading, type Recheck } from './recheck';
