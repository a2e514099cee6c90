import { gov2021 } from '../../template/gov-2021';
import { listInputCells } from '../../template/cells';
import { createEmptyReport, setAtPath, type ReportDocument } from '../../report/document';
import type { ConsolidationInput } from '../types';

// Reports for the consolidation and workspace tests, built from the template, never by hand.

/** The template the tests run on. */
export const template = gov2021;

/** Path of the fee cell (the template's only 'amount' cell). */
export const feePath = listInputCells(gov2021).find((c) => c.kind === 'amount')?.path ?? '';

/** A report of `agency` and `year`, every cell blank except `values`. */
export function report(
  agency: string,
  year: number,
  values: Record<string, number | null> = {},
): ReportDocument {
  const doc = createEmptyReport(gov2021, { agency, year });
  return Object.entries(values).reduce((d, [path, v]) => setAtPath(d, path, v), doc);
}

/** A consolidation input keyed by its agency, with no problems (the rules are not run). */
export function input(doc: ReportDocument, errors = 0): ConsolidationInput {
  return { key: `key:${doc.meta.agency}`, document: doc, problems: { errors, warnings: 0 } };
}
