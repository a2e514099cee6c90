// Documents for the rule tests (imported by *.test.ts only): built from the template, never by hand.
import { gov2021 } from '../template/gov-2021';
import { listInputCells, listNarratives } from '../template/cells';
import { createEmptyReport, setAtPath, type ReportDocument } from '../report/document';
import type { RuleId, Violation } from './types';

/** The template every rule test runs on. */
export const template = gov2021;

/** A report that raises nothing: every cell 0, every narrative filled, the fee reported. */
export function cleanReport(): ReportDocument {
  let doc = createEmptyReport(template, { agency: '某某市某某局', year: 2024 });
  for (const cell of listInputCells(template)) doc = setAtPath(doc, cell.path, 0);
  for (const n of listNarratives(template)) doc = setAtPath(doc, n.path, `${n.label}。`);
  return setAtPath(doc, 'otherMatters', '本年度未收取信息处理费。');
}

/** A copy of `doc` with the given cells (or narratives) set. */
export function withValues(doc: ReportDocument, values: Record<string, unknown>): ReportDocument {
  return Object.entries(values).reduce((d, [path, value]) => setAtPath(d, path, value), doc);
}

/** The violations of one rule. */
export function ofRule(violations: readonly Violation[], rule: RuleId): Violation[] {
  return violations.filter((v) => v.rule === rule);
}

/** The figures of tables 3 and 4 a narrative is compared with (totals, as the INDEX gives them). */
export type Figures = {
  readonly received: number;
  readonly carriedOver: number;
  readonly carriedForward: number;
  readonly reconsideration: number;
  readonly directLitigation: number;
  readonly litigationAfterReconsideration: number;
};

/** A clean report whose totals are `figures` (each put into the first column of its row/group). */
export function withFigures(doc: ReportDocument, figures: Figures): ReportDocument {
  const applicant = template.table3.columns[0]?.key ?? '';
  const outcome = template.table4.outcomes[0]?.key ?? '';
  return withValues(doc, {
    [`requests.newReceived.${applicant}`]: figures.received,
    [`requests.carriedOver.${applicant}`]: figures.carriedOver,
    [`requests.carriedForward.${applicant}`]: figures.carriedForward,
    [`appeals.reconsideration.${outcome}`]: figures.reconsideration,
    [`appeals.directLitigation.${outcome}`]: figures.directLitigation,
    [`appeals.litigationAfterReconsideration.${outcome}`]: figures.litigationAfterReconsideration,
  });
}
