import type { ReportDocument } from '../report/document';
import type { TemplateDef } from '../template/types';
import type { Violation } from '../rules/types';
import { checkReport } from '../rules/check-report';
import { severityCounts } from '../rules/severity-counts';
import type { Acknowledgement, ProblemCounts } from './record';

// The editor keeps acknowledged warnings as `violation key → reason`; the stored record keeps
// `{ rule, fields, reason, at }`. These convert between the two and count the problems stored
// with the record for the drafts list.

/** The editor's identity of a problem (the same as report-editor's logic/derive.ts). */
export function violationKey(v: Pick<Violation, 'rule' | 'section' | 'fields'>): string {
  return `${v.rule}:${v.section}:${v.fields.join(',')}`;
}

function parseKey(key: string): { rule: string; section: string; fields: string[] } {
  const [rule = '', section = '', ...rest] = key.split(':');
  const fields = rest.join(':');
  return { rule, section, fields: fields === '' ? [] : fields.split(',') };
}

/** The record's acknowledgements; those already stored keep their time. */
export function toRecordAcks(
  acks: Readonly<Record<string, string>>,
  stored: readonly Acknowledgement[],
  now: string,
): Acknowledgement[] {
  return Object.entries(acks).map(([key, reason]) => {
    const { rule, fields } = parseKey(key);
    const same = stored.find(
      (a) => a.rule === rule && a.reason === reason && a.fields.join(',') === fields.join(','),
    );
    return { rule, fields, reason, at: same?.at ?? now };
  });
}

/** Section of an acknowledged problem: the one the rules find now, else its first cell's. */
function sectionOf(a: Acknowledgement, found: readonly Violation[]): string {
  const fields = a.fields.join(',');
  const match = found.find((v) => v.rule === a.rule && v.fields.join(',') === fields);
  return match?.section ?? a.fields[0]?.split('.')[0] ?? '';
}

/** The editor's acknowledgements of a stored record. */
export function toEditorAcks(
  t: TemplateDef,
  doc: ReportDocument,
  stored: readonly Acknowledgement[],
  previous?: ReportDocument,
): Record<string, string> {
  if (stored.length === 0) return {};
  const found = checkReport(t, doc, { previous, stage: 'draft' });
  return Object.fromEntries(
    stored.map((a) => [
      violationKey({
        rule: a.rule as Violation['rule'],
        section: sectionOf(a, found),
        fields: a.fields,
      }),
      a.reason,
    ]),
  );
}

/** Errors and the warnings not acknowledged, as shown in the drafts list. */
export function countProblems(
  t: TemplateDef,
  doc: ReportDocument,
  acks: Readonly<Record<string, string>>,
  previous?: ReportDocument,
): ProblemCounts {
  const found = checkReport(t, doc, { previous, stage: 'draft' });
  const { errors } = severityCounts(found);
  const warnings = found.filter(
    (v) => v.severity === 'warning' && acks[violationKey(v)] === undefined,
  ).length;
  return { errors, warnings };
}
