import type { TemplateDef } from '../domain/template/types';
import { listInputCells, listNarratives } from '../domain/template/cells';
import {
  createEmptyReport,
  getCell,
  getNarrative,
  setAtPath,
  type ReportDocument,
} from '../domain/report/document';
import { computeTotals } from '../domain/compute/totals';
import type { Violation } from '../domain/rules/types';

/** Extra top-level keys an exported file may carry besides the document. */
export type JsonExportExtras = {
  readonly appVersion?: string;
  readonly status?: unknown;
  readonly comments?: unknown;
  readonly history?: unknown;
  readonly checks?: readonly Violation[];
};

/** The document with exactly the template's keys in print order (unknown keys dropped). */
export function canonicalizeReport(t: TemplateDef, doc: ReportDocument): ReportDocument {
  let out = createEmptyReport(t, {
    agency: doc.meta.agency,
    year: doc.meta.year,
    title: doc.meta.title,
    publishedOn: doc.meta.publishedOn,
  });
  for (const n of listNarratives(t)) out = setAtPath(out, n.path, getNarrative(doc, n.path));
  for (const c of listInputCells(t)) out = setAtPath(out, c.path, getCell(doc, c.path));
  return out;
}

/** The JSON file of a report (schema version 1): the document, then computed totals and any extras. */
export function exportJson(
  t: TemplateDef,
  doc: ReportDocument,
  extras: JsonExportExtras = {},
): string {
  const file = {
    ...canonicalizeReport(t, doc),
    ...(extras.status === undefined ? {} : { status: extras.status }),
    ...(extras.comments === undefined ? {} : { comments: extras.comments }),
    ...(extras.history === undefined ? {} : { history: extras.history }),
    // Totals are written for readers of the file; an import recomputes them and never trusts them.
    computedTotals: computeTotals(t, doc),
    ...(extras.checks === undefined ? {} : { checks: extras.checks }),
    ...(extras.appVersion === undefined ? {} : { appVersion: extras.appVersion }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
