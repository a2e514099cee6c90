import type { TemplateDef } from '../template/types';
import { memoByTemplate } from '../template/memo';
import type { ReportDocument } from '../report/document';
import { computeTotals, type Totals } from '../compute/totals';
import type { CheckOptions, RuleId, Violation } from './types';
import { checkBalance } from './balance';
import { checkCellValues } from './cell-values';
import { checkRequired, REQUIRED_META_SECTION } from './required';
import { checkCarryOver } from './carry-over';
import { checkInForce } from './in-force';
import { checkNarrativeNumbers } from './narrative-number';
import { checkFeeReported } from './fee-reported';

// Runs every rule of report-format.md except `printedTotal`, which belongs to the importers (a
// document only holds recomputed totals, so there is no printed figure left to compare).

/** Rule order within a section: invalid values first, since they distort everything else. */
export const RULE_ORDER: readonly RuleId[] = [
  'value',
  'balance',
  'required',
  'carryOver',
  'inForceRollForward',
  'narrativeNumber',
  'feeReported',
  'printedTotal',
];

/** What a rule is run with; the totals are computed at most once, by the first rule asking. */
type Context = { readonly options: CheckOptions; readonly totals: () => Totals };

type Run = (t: TemplateDef, doc: ReportDocument, c: Context) => Violation[];

/** The rules a document is checked with, in the order their results are concatenated. */
const RUNS: readonly (readonly [RuleId, Run])[] = [
  ['value', (t, doc) => checkCellValues(t, doc)],
  ['balance', (t, doc, c) => checkBalance(t, doc, c.totals())],
  ['required', (t, doc, c) => checkRequired(t, doc, c.options)],
  [
    'carryOver',
    (t, doc, { options: { previous }, totals }) =>
      previous ? checkCarryOver(t, doc, previous, totals()) : [],
  ],
  [
    'inForceRollForward',
    (t, doc, { options: { previous } }) => (previous ? checkInForce(t, doc, previous) : []),
  ],
  ['narrativeNumber', (t, doc, c) => checkNarrativeNumbers(t, doc, c.totals())],
  ['feeReported', (t, doc) => checkFeeReported(t, doc)],
];

/** Every rule `checkReport` runs. */
export const ALL_RULES: ReadonlySet<RuleId> = new Set(RUNS.map(([id]) => id));

/**
 * The problems found by the given rules, unsorted (`sortViolations` puts them in report order).
 * `totals` may pass the document's totals when the caller already has them.
 */
export function checkRules(
  t: TemplateDef,
  doc: ReportDocument,
  rules: ReadonlySet<RuleId>,
  options: CheckOptions = {},
  totals?: Totals,
): Violation[] {
  let known = totals;
  const context: Context = { options, totals: () => (known ??= computeTotals(t, doc)) };
  return RUNS.flatMap(([id, run]) => (rules.has(id) ? run(t, doc, context) : []));
}

const sectionOrder = memoByTemplate(
  // meta.agency (the title block) is printed before every section.
  (t: TemplateDef) =>
    new Map([REQUIRED_META_SECTION, ...t.sections.map((s) => s.key)].map((k, i) => [k, i])),
);

/** Sorts problems by section in print order, then by rule; each rule's own order is kept. */
export function sortViolations(t: TemplateDef, found: Violation[]): Violation[] {
  const sections = sectionOrder(t);
  const rank = (v: Violation) =>
    (sections.get(v.section) ?? sections.size) * RULE_ORDER.length + RULE_ORDER.indexOf(v.rule);
  // Array.prototype.sort is stable: within a section and rule, each rule's print order is kept.
  return found.sort((a, b) => rank(a) - rank(b));
}

/** Every problem of the report, sorted by section in print order, then by rule, then print order. */
export function checkReport(
  t: TemplateDef,
  doc: ReportDocument,
  options: CheckOptions = {},
): Violation[] {
  return sortViolations(t, checkRules(t, doc, ALL_RULES, options));
}
