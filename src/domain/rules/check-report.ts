import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
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

function sectionOrder(t: TemplateDef): Map<string, number> {
  // meta.agency (the title block) is printed before every section.
  return new Map([REQUIRED_META_SECTION, ...t.sections.map((s) => s.key)].map((k, i) => [k, i]));
}

/** Every problem of the report, sorted by section in print order, then by rule, then print order. */
export function checkReport(
  t: TemplateDef,
  doc: ReportDocument,
  options: CheckOptions = {},
): Violation[] {
  const previous = options.previous;
  const found = [
    ...checkCellValues(t, doc),
    ...checkBalance(t, doc),
    ...checkRequired(t, doc, options),
    ...(previous ? checkCarryOver(t, doc, previous) : []),
    ...(previous ? checkInForce(t, doc, previous) : []),
    ...checkNarrativeNumbers(t, doc),
    ...checkFeeReported(t, doc),
  ];
  const sections = sectionOrder(t);
  const rank = (v: Violation) =>
    (sections.get(v.section) ?? sections.size) * RULE_ORDER.length + RULE_ORDER.indexOf(v.rule);
  // Array.prototype.sort is stable: within a section and rule, each rule's print order is kept.
  return found.sort((a, b) => rank(a) - rank(b));
}
