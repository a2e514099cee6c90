import type { TemplateDef } from '../template/types';
import { createEmptyReport } from '../report/document';
import { checkReport } from '../rules/check-report';
import { severityCounts } from '../rules/severity-counts';
import { MAX_CELL_VALUE } from '../values/normalize';
import { cellName, formatNumber } from '../rules/format';
import type {
  Consolidation,
  ConsolidationInput,
  ConsolidationRefusal,
  ConsolidationResult,
  ConsolidationSource,
} from './types';
import { agencyName, consolidatedAgenciesOf, findRefusals } from './refusals';
import { sumCells } from './sums';
import { sourceContentKey } from './source-key';

/** Options of `consolidate`. */
export type ConsolidateOptions = {
  /** Agency of the result: the 本级政府's name (blank gives 「汇总」). */
  readonly agency: string;
  /** The year the result must have; without it, the inputs' common year. */
  readonly year?: number;
  /** Keys of inputs with error-severity problems that the user chose to include. */
  readonly allowErrors?: readonly string[];
};

/** Agency of a 汇总 when none is given (report-format.md: `--agency`, default 「汇总」). */
export const DEFAULT_CONSOLIDATED_AGENCY = '汇总';

function describeSource(t: TemplateDef, input: ConsolidationInput): ConsolidationSource {
  const { document } = input;
  const problems = input.problems ?? countProblems(t, input);
  const inside = consolidatedAgenciesOf(input);
  return {
    key: input.key,
    agency: document.meta.agency,
    year: document.meta.year,
    contentKey: input.contentKey ?? sourceContentKey(document),
    errors: problems.errors,
    warnings: problems.warnings,
    ...(inside === undefined ? {} : { consolidatedAgencies: inside }),
  };
}

function countProblems(t: TemplateDef, input: ConsolidationInput) {
  return severityCounts(checkReport(t, input.document));
}

function errorRefusal(unallowed: readonly ConsolidationSource[]): ConsolidationRefusal[] {
  if (unallowed.length === 0) return [];
  const named = unallowed.map((s) => `${agencyName(s.agency)}（${s.errors} 个错误）`).join('、');
  return [
    {
      code: 'errors',
      message: `以下报告有错误，未确认计入汇总：${named}。请先修改这些报告，或确认将其计入汇总。`,
      agencies: unallowed.map((s) => s.agency),
    },
  ];
}

function resultWarnings(
  t: TemplateDef,
  withErrors: readonly ConsolidationSource[],
  over: readonly string[],
) {
  const warnings: string[] = [];
  if (withErrors.length > 0) {
    const named = withErrors.map((s) => `${agencyName(s.agency)}（${s.errors} 个错误）`).join('、');
    warnings.push(`以下报告有错误，仍已计入汇总，汇总结果可能不准确：${named}。请核实。`);
  }
  if (over.length > 0) {
    const cells = over.map((path) => cellName(t, path)).join('、');
    warnings.push(
      `${over.length} 个单元格的合计超过单格上限 ${formatNumber(MAX_CELL_VALUE)}，将被标为无效值：${cells}。`,
    );
  }
  return warnings;
}

/** Sums reports of one year into a consolidated report over the template's input cells (fees exact to 6 decimals). */
export function consolidate(
  t: TemplateDef,
  inputs: readonly ConsolidationInput[],
  options: ConsolidateOptions,
): ConsolidationResult {
  const refusals = findRefusals(inputs, options.year);
  if (refusals.length > 0) return { ok: false, refusals };
  const sources = inputs.map((input) => describeSource(t, input));
  const allowed = new Set(options.allowErrors ?? []);
  const withErrors = sources.filter((s) => s.errors > 0);
  const unallowed = errorRefusal(withErrors.filter((s) => !allowed.has(s.key)));
  if (unallowed.length > 0) return { ok: false, refusals: unallowed };
  const year = options.year ?? inputs[0]?.document.meta.year ?? 0;
  const agency = options.agency.trim() || DEFAULT_CONSOLIDATED_AGENCY;
  const sums = sumCells(
    t,
    inputs.map((i) => ({ agency: i.document.meta.agency, document: i.document })),
  );
  const document = createEmptyReport(t, { agency, year }, (path) => sums.values.get(path));
  const over = [...sums.values].flatMap(([path, v]) =>
    v !== null && v > MAX_CELL_VALUE ? [path] : [],
  );
  const consolidation: Consolidation = {
    sources,
    contributions: sums.contributions,
    includedWithErrors: withErrors.map((s) => s.agency),
  };
  return { ok: true, document, consolidation, warnings: resultWarnings(t, withErrors, over) };
}

/** Keys of the sources whose current contentKey differs from the one summed, and keys no longer present. */
export function staleSources(
  c: Consolidation,
  current: ReadonlyMap<string, string>,
): { changed: string[]; missing: string[] } {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const source of c.sources) {
    const now = current.get(source.key);
    if (now === undefined) missing.push(source.key);
    else if (now !== source.contentKey) changed.push(source.key);
  }
  return { changed, missing };
}
