import {
  computeTotals,
  getAtPath,
  recheckReport,
  updateTotals,
  type CheckOptions,
  type ReportDocument,
  type TemplateDef,
  type Totals,
  type Violation,
} from '@/domain';
import { checkReport } from '@/domain/rules/check-report';
import {
  buildFlags,
  changedFlags,
  changedTotals,
  reuseViolations,
  type Acknowledgements,
  type CellFlag,
} from './derive';

/** What the store derives from the document as shown. */
export type Derived = {
  readonly doc: ReportDocument;
  readonly totals: Totals;
  readonly violations: readonly Violation[];
  readonly flags: ReadonlyMap<string, CellFlag>;
};

/** What derivation depends on besides the document. */
export type DeriveContext = {
  readonly t: TemplateDef;
  readonly check: CheckOptions;
  readonly acks: Acknowledgements;
};

/** The state before anything is derived. */
export function nothingDerived(doc: ReportDocument): Derived {
  return { doc, totals: {}, violations: [], flags: new Map() };
}

/**
 * Totals, problems and flags of `doc`. With `changed` (every path where `doc` differs from
 * `prev.doc`) only the totals and rules that read those paths are computed again: a keystroke
 * must stay well within a frame. Without it (null) everything is computed.
 */
export function deriveState(
  { t, check, acks }: DeriveContext,
  doc: ReportDocument,
  prev: Derived,
  changed: readonly string[] | null,
): Derived {
  const totals = changed ? updateTotals(t, prev.totals, doc, changed) : computeTotals(t, doc);
  const found = changed
    ? recheckReport(t, doc, { previous: prev.violations, changed, totals }, check)
    : checkReport(t, doc, check);
  const violations = reuseViolations(found, prev.violations).list;
  // Same problems (same array), same flags: skip rebuilding and comparing them.
  const flags =
    violations === prev.violations ? prev.flags : buildFlags(violations, acks, prev.flags);
  return { doc, totals, violations, flags };
}

/** Paths among `candidates` where two documents differ. */
export function differing(
  a: ReportDocument,
  b: ReportDocument,
  candidates: Iterable<string>,
): string[] {
  return [...new Set(candidates)].filter((p) => getAtPath(a, p) !== getAtPath(b, p));
}

/** Computed paths and flag keys whose value differs between two derivations. */
export function changedDerivations(prev: Derived, next: Derived): string[] {
  const totals = next.totals === prev.totals ? [] : changedTotals(prev.totals, next.totals);
  const flags = next.flags === prev.flags ? [] : changedFlags(prev.flags, next.flags);
  return [...totals, ...flags];
}
