import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
import type { CheckOptions, RuleId, Violation } from './types';
import { checkCellValues } from './cell-values';
import { checkRequired, requiredUnits } from './required';
import { cellUnits } from './structure';

// `value` and `required` read every input cell but judge each cell (value) or row (required) on
// its own: after a keystroke only the changed cell's unit is checked again, not all 166 cells.

type Scoped = {
  /** Path → index of its unit, in the order the rule reports its units. */
  readonly units: (t: TemplateDef) => ReadonlyMap<string, number>;
  /** The rule's problems in the units holding one of `only`. */
  readonly check: (
    t: TemplateDef,
    doc: ReportDocument,
    only: ReadonlySet<string>,
    options: CheckOptions,
  ) => Violation[];
};

const SCOPED: Partial<Record<RuleId, Scoped>> = {
  value: { units: cellUnits, check: (t, doc, only) => checkCellValues(t, doc, only) },
  required: {
    units: requiredUnits,
    check: (t, doc, only, options) => checkRequired(t, doc, options, only),
  },
};

/** Whether a rule is re-checked unit by unit. */
export function isScoped(rule: RuleId): boolean {
  return SCOPED[rule] !== undefined;
}

/**
 * The problems of a scoped rule after `changed` paths changed: those of untouched units are kept,
 * the touched units are checked again, all in the rule's unit order.
 */
export function recheckScoped(
  t: TemplateDef,
  doc: ReportDocument,
  rule: RuleId,
  previous: readonly Violation[],
  changed: ReadonlySet<string>,
  options: CheckOptions,
): Violation[] {
  const scoped = SCOPED[rule];
  if (!scoped) return [];
  const units = scoped.units(t);
  const unitOf = (v: Violation) => units.get(v.fields[0] ?? '') ?? -1;
  const touched = new Set([...changed].map((p) => units.get(p)));
  const kept = previous.filter((v) => v.rule === rule && !touched.has(unitOf(v)));
  const fresh = scoped.check(t, doc, changed, options);
  return [...kept, ...fresh].sort((a, b) => unitOf(a) - unitOf(b));
}
