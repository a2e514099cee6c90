import {
  getCell,
  getNarrative,
  listInputCells,
  listNarratives,
  reportTitle,
  type ReportDocument,
  type TemplateDef,
} from '@/domain';
import type { FileFormat } from '@/io/import-file';
import type { ImportIssue } from '@/io/import-result';
import { S } from './strings';

// What the import summary shows, computed once (no arithmetic in JSX): what was read, and every
// issue grouped by rule in a fixed order (printed totals first: they are the audit findings).

/** One issue as listed. */
export type IssueLine = {
  readonly key: string;
  readonly rule: ImportIssue['rule'];
  readonly message: string;
  readonly fields: string;
  /** printedTotal: 「印的是 X，各项之和为 Y」 when the message lacks it. */
  readonly figures: string | null;
  /** printedTotal: the printed and the computed figure, for data attributes. */
  readonly printed?: string;
  readonly computed?: string;
};

/** The issues of one rule, with their heading. */
export type IssueGroup = {
  readonly rule: ImportIssue['rule'];
  readonly heading: string;
  readonly lines: readonly IssueLine[];
};

export type ImportSummaryModel = {
  readonly title: string;
  readonly agency: string;
  readonly year: string;
  readonly format: string;
  readonly cells: string;
  readonly narratives: string;
  readonly issueCount: number;
  readonly groups: readonly IssueGroup[];
};

const GROUP_ORDER: readonly ImportIssue['rule'][] = ['printedTotal', 'layout', 'unreadable'];

/** 「印的是 X，各项之和为 Y」 for a printedTotal, unless its message already says so. */
function figures(issue: ImportIssue): string | null {
  if (issue.rule !== 'printedTotal' || issue.computed === undefined) return null;
  const blank = issue.printed === null || issue.printed === undefined;
  const text = S.printedVsComputed(blank ? S.printedBlank : String(issue.printed), issue.computed);
  return issue.message.includes(text) ? null : text;
}

/** The issues grouped by rule (empty groups left out), each line with its figures. */
export function groupIssues(issues: readonly ImportIssue[]): IssueGroup[] {
  return GROUP_ORDER.map((rule) => ({
    rule,
    heading: S[rule],
    lines: issues
      .map((issue, i) => ({ issue, i }))
      .filter(({ issue }) => issue.rule === rule)
      .map(({ issue, i }) => ({
        key: `${rule}-${i}`,
        rule,
        message: issue.message,
        fields: issue.fields.join(' '),
        figures: figures(issue),
        ...(issue.rule === 'printedTotal'
          ? { printed: String(issue.printed ?? ''), computed: String(issue.computed ?? '') }
          : {}),
      })),
  })).filter((g) => g.lines.length > 0);
}

/** The summary of an import: agency, year, format, how much was filled in, and the issues. */
export function summarizeImport(
  t: TemplateDef,
  doc: ReportDocument,
  issues: readonly ImportIssue[],
  format: FileFormat | undefined,
): ImportSummaryModel {
  const cells = listInputCells(t);
  const narratives = listNarratives(t);
  const filledCells = cells.filter((c) => getCell(doc, c.path) !== null).length;
  const filledText = narratives.filter((n) => getNarrative(doc, n.path).trim() !== '').length;
  return {
    title: reportTitle(doc),
    agency: doc.meta.agency,
    year: doc.meta.year > 0 ? String(doc.meta.year) : '',
    format: format ? S.formats[format] : '',
    cells: S.cells(filledCells, cells.length),
    narratives: S.narratives(filledText, narratives.length),
    issueCount: issues.length,
    groups: groupIssues(issues),
  };
}
