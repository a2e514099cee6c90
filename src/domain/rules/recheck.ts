import type { TemplateDef } from '../template/types';
import { listInputCells, listNarratives } from '../template/cells';
import { memoByTemplate } from '../template/memo';
import type { ReportDocument } from '../report/document';
import type { Totals } from '../compute/totals';
import type { CheckOptions, RuleId, Violation } from './types';
import { ALL_RULES, checkReport, checkRules, sortViolations } from './check-report';
import { isScoped, recheckScoped } from './recheck-scoped';
import { balanceInputs } from './balance';
import { carryOverInputs } from './carry-over';
import { inForceInputs } from './in-force';
import { narrativeNumberInputs } from './narrative-number';
import { otherMattersNarrative } from './structure';

// The editor checks the report on every keystroke. One cell is read by a few rules only (a
// table-3 result row by `value`, `balance` and `required`; not by the narrative comparison, which
// reads rows 一, 二 and 四), so the other rules' problems cannot have changed and are kept.

/** The fields (of this year's report) each rule reads. */
function ruleInputs(t: TemplateDef): Record<Exclude<RuleId, 'printedTotal'>, readonly string[]> {
  const cells = listInputCells(t).map((c) => c.path);
  const required = listNarratives(t).filter((n) => n.required);
  return {
    value: cells,
    balance: balanceInputs(t),
    required: ['meta.agency', ...cells, ...required.map((n) => n.path)],
    carryOver: carryOverInputs(t),
    inForceRollForward: inForceInputs(t),
    narrativeNumber: narrativeNumberInputs(t),
    feeReported: [otherMattersNarrative(t).narrative.path],
  };
}

/** Field path → the rules that read it. */
const readers = memoByTemplate((t: TemplateDef): ReadonlyMap<string, ReadonlySet<RuleId>> => {
  const out = new Map<string, Set<RuleId>>();
  for (const [rule, paths] of Object.entries(ruleInputs(t)) as [RuleId, string[]][])
    for (const p of paths) out.set(p, (out.get(p) ?? new Set()).add(rule));
  return out;
});

/** Field paths no rule reads (the rest of the report's meta). */
const UNREAD = new Set(['meta.year', 'meta.title', 'meta.publishedOn']);

/** The rules whose result may change when the given fields change; an unknown path: all of them. */
export function rulesReading(t: TemplateDef, paths: Iterable<string>): Set<RuleId> {
  const index = readers(t);
  const out = new Set<RuleId>();
  for (const p of paths) {
    const rules = index.get(p);
    if (rules) rules.forEach((r) => out.add(r));
    else if (!UNREAD.has(p)) return new Set(ALL_RULES);
  }
  return out;
}

/** A previous check and what changed since. */
export type Recheck = {
  /** `checkReport` of the document before the change (same template and options). */
  readonly previous: readonly Violation[];
  /** The field paths where the document differs from that one. */
  readonly changed: Iterable<string>;
  /** The totals of the new document, when the caller has them. */
  readonly totals?: Totals;
};

/**
 * `checkReport(t, doc, options)`, computed from the previous result: only the rules that read a
 * changed field run again, and `value` and `required` only on the cells, rows and narratives that
 * changed; every other problem is kept as it was (same objects).
 */
export function recheckReport(
  t: TemplateDef,
  doc: ReportDocument,
  { previous, changed, totals }: Recheck,
  options: CheckOptions = {},
): Violation[] {
  const paths = new Set(changed);
  const index = readers(t);
  // A path the index does not know (a whole subtree, a field of another template): check all.
  if ([...paths].some((p) => !index.has(p) && !UNREAD.has(p))) return checkReport(t, doc, options);
  const rules = rulesReading(t, paths);
  const whole = new Set([...rules].filter((r) => !isScoped(r)));
  const kept = previous.filter((v) => !whole.has(v.rule) && !isScoped(v.rule));
  const fresh = [
    ...checkRules(t, doc, whole, options, totals),
    ...(rules.has('value') ? recheckScoped(t, doc, 'value', previous, paths, options) : []),
    ...(rules.has('required') ? recheckScoped(t, doc, 'required', previous, paths, options) : []),
  ];
  const untouchedScoped = previous.filter((v) => isScoped(v.rule) && !rules.has(v.rule));
  // Each rule's problems come in that rule's own order, so the stable sort gives checkReport's.
  return sortViolations(t, [...kept, ...untouchedScoped, ...fresh]);
}
