import type { TemplateDef } from '../domain/template/types';
import { copyTemplateFields, type ReportDocument } from '../domain/report/document';
import { computeTotals } from '../domain/compute/totals';
import type { Violation } from '../domain/rules/types';
import type { Consolidation } from '../domain/consolidate/types';
import { formatConsolidation } from './consolidation-format';

/** Extra top-level keys an exported file may carry besides the document. */
export type JsonExportExtras = {
  readonly appVersion?: string;
  readonly status?: unknown;
  readonly comments?: unknown;
  readonly history?: unknown;
  readonly checks?: readonly Violation[];
  /** A 汇总's sources and contributions (written last, one line per source and per cell). */
  readonly consolidation?: Consolidation;
};

/** The document with exactly the template's keys in print order (unknown keys dropped). */
export function canonicalizeReport(t: TemplateDef, doc: ReportDocument): ReportDocument {
  const { agency, year, title, publishedOn } = doc.meta;
  return copyTemplateFields(t, { agency, year, title, publishedOn }, doc);
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
  const text = JSON.stringify(file, null, 2);
  if (extras.consolidation === undefined) return `${text}\n`;
  // The object's closing brace is the text's last character: the key goes in just before it.
  const consolidation = formatConsolidation(extras.consolidation, '  ');
  return `${text.slice(0, -2)},\n  "consolidation": ${consolidation}\n}\n`;
}
