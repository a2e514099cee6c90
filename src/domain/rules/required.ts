import type { TemplateDef } from '../template/types';
import { listNarratives, type InputCell } from '../template/cells';
import { memoByTemplate } from '../template/memo';
import { getAtPath, getNarrative, type ReportDocument } from '../report/document';
import type { CheckOptions, Severity, Violation } from './types';
import { cellName, narrativeName } from './format';
import { inputCells, isBlankValue } from './structure';

// Rule `required` (warning while drafting, error on submit). The 2021 format (国办公开办函〔2021〕30号)
// prints every cell of tables 2, 3 and 4 as part of the report: each one must be filled in, with 0
// where nothing happened. Blank is not 0 (report-format.md, "Values"): a blank cell is shown blank and
// counted as 0 in live totals, but it is unfinished work and is reported before submission. Each
// section's narrative is content the format requires, and a report needs the agency that issues it.

const META_SECTION = 'meta';
const AGENCY_PATH = 'meta.agency';

/** The input cells grouped by printed row (table-2 row, table-3 row, table-4 group), in print order. */
const tableRows = memoByTemplate((t: TemplateDef): readonly InputCell[][] => {
  const rows: InputCell[][] = [];
  for (const cell of inputCells(t)) {
    const last = rows.at(-1);
    const head = last?.[0];
    // Cells of one row are consecutive in print order and share their section and row label.
    if (last && head && head.section === cell.section && head.rowLabel === cell.rowLabel) {
      last.push(cell);
    } else {
      rows.push([cell]);
    }
  }
  return rows;
});

/** The paths of each row's cells (a re-check asks whether a row holds a changed path). */
const rowPaths = memoByTemplate((t: TemplateDef): readonly (readonly string[])[] =>
  tableRows(t).map((row) => row.map((cell) => cell.path)),
);

/** The row part of a cell's name: 表三「一、本年新收」「自然人」 → 表三「一、本年新收」. */
function rowName(t: TemplateDef, cell: InputCell): string {
  const name = cellName(t, cell.path);
  const suffix = `「${cell.columnLabel}」`;
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/** Whether a unit (a row, a narrative, the agency) is to be checked: all are, unless `only` says. */
type Scope = (paths: readonly string[]) => boolean;

function blankRows(t: TemplateDef, doc: ReportDocument, severity: Severity, scope: Scope) {
  const paths = rowPaths(t);
  return tableRows(t).flatMap((row, i): Violation[] => {
    if (!scope(paths[i] ?? [])) return [];
    const blank = row.filter((cell) => isBlankValue(getAtPath(doc, cell.path)));
    const first = blank[0];
    if (!first) return [];
    const columns = blank.map((cell) => cell.columnLabel).join('、');
    const where =
      row.length === 1
        ? `${cellName(t, first.path)}未填写`
        : `${rowName(t, first)}${blank.length} 格未填写（${columns}）`;
    return [
      {
        rule: 'required',
        severity,
        fields: blank.map((cell) => cell.path),
        section: first.section,
        message: `${where}：空白不等于 0，没有发生的请填 0`,
      },
    ];
  });
}

function emptyNarratives(t: TemplateDef, doc: ReportDocument, severity: Severity, scope: Scope) {
  return listNarratives(t)
    .filter((n) => n.required && scope([n.path]) && getNarrative(doc, n.path).trim() === '')
    .map((n) => ({
      rule: 'required' as const,
      severity,
      fields: [n.path],
      section: t.sections.find((s) => s.narratives.includes(n))?.key ?? n.path.split('.')[0] ?? '',
      message: `${narrativeName(t, n.path)}未填写`,
    }));
}

function emptyAgency(doc: ReportDocument, severity: Severity, scope: Scope): Violation[] {
  if (!scope([AGENCY_PATH])) return [];
  const agency = getAtPath(doc, AGENCY_PATH);
  if (typeof agency === 'string' && agency.trim() !== '') return [];
  return [
    {
      rule: 'required',
      severity,
      fields: [AGENCY_PATH],
      section: META_SECTION,
      message: '未填写发布报告的机关名称',
    },
  ];
}

/**
 * `required` violations: blank cells (one per row), empty required narratives, no agency. With
 * `only`, just the rows, narratives and agency that hold one of those paths (for re-checking).
 */
export function checkRequired(
  t: TemplateDef,
  doc: ReportDocument,
  options: CheckOptions = {},
  only?: ReadonlySet<string>,
): Violation[] {
  const severity: Severity = options.stage === 'submit' ? 'error' : 'warning';
  const scope: Scope = only ? (paths) => paths.some((p) => only.has(p)) : () => true;
  return [
    ...emptyAgency(doc, severity, scope),
    ...blankRows(t, doc, severity, scope),
    ...emptyNarratives(t, doc, severity, scope),
  ];
}

/**
 * Every path `checkRequired` reads → the index of its unit (the agency, a row, a narrative) in the
 * order the rule reports them: a problem's unit is that of its first field.
 */
export const requiredUnits = memoByTemplate((t: TemplateDef): ReadonlyMap<string, number> => {
  const units = [
    [AGENCY_PATH],
    ...rowPaths(t),
    ...listNarratives(t)
      .filter((n) => n.required)
      .map((n) => [n.path]),
  ];
  return new Map(units.flatMap((paths, i) => paths.map((p): [string, number] => [p, i])));
});

/** The pseudo-section of `meta.agency` problems; it comes before every template section. */
export const REQUIRED_META_SECTION = META_SECTION;
