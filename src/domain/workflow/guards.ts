import type { TemplateDef } from '../template/types';
import type { ReportDocument } from '../report/document';
import type { Violation } from '../rules/types';
import { checkReport } from '../rules/check-report';
import type { Acknowledgement } from '../drafts/record';

// The rule gate of submitting and approving (report-format.md, "Rules"): errors block, and
// every warning must have been looked at and explained first. The rules run at stage 'submit',
// so a blank cell (`required`) is an error here although it is only a warning while drafting.

/** What an acknowledgement needs to count: the warning it answers and why it is acceptable. */
export type AcknowledgementLike = Pick<Acknowledgement, 'rule' | 'fields' | 'reason'>;

/** What stands in the way of submitting: errors, and warnings nobody has acknowledged. */
export type SubmissionCheck = { errors: Violation[]; unacknowledged: Violation[] };

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  // Order is not meaningful: a rule may list the same cells in another order after an edit.
  return [...a].sort().every((f, i) => f === sortedB[i]);
}

/** True when `ack` answers the warning `v`: same rule, same cells, and a reason was given. */
export function acknowledges(ack: AcknowledgementLike, v: Violation): boolean {
  return ack.rule === v.rule && sameFields(ack.fields, v.fields) && ack.reason.trim() !== '';
}

/** Runs the rules at stage 'submit' and sorts out what blocks submission. */
export function checkSubmission(
  t: TemplateDef,
  doc: ReportDocument,
  acknowledgements: readonly AcknowledgementLike[],
  previous?: ReportDocument,
): SubmissionCheck {
  const found = checkReport(t, doc, { stage: 'submit', previous });
  const errors = found.filter((v) => v.severity === 'error');
  const unacknowledged = found.filter(
    (v) => v.severity === 'warning' && !acknowledgements.some((a) => acknowledges(a, v)),
  );
  return { errors, unacknowledged };
}

/** The Chinese refusal for a failed check (`verb` is e.g. 提交审核), or null when nothing blocks. */
export function describeSubmissionCheck(check: SubmissionCheck, verb: string): string | null {
  const [error] = check.errors;
  if (error) {
    return `还有 ${check.errors.length} 个错误，改正后才能${verb}。第一个：${error.message}`;
  }
  const [warning] = check.unacknowledged;
  if (warning) {
    return `还有 ${check.unacknowledged.length} 个提示尚未确认，请逐条确认并说明理由后再${verb}。第一个：${warning.message}`;
  }
  return null;
}
