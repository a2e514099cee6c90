import type { ReportDocument } from '../domain/report/document';
import type { Consolidation } from '../domain/consolidate/types';

/**
 * Something an import noticed: a printed total that differs from the sum of its parts
 * (`printedTotal`), a layout that deviates from the 2021 format (`layout`), or a cell or
 * field that could not be read (`unreadable`, the field is left blank).
 */
export type ImportIssue = {
  readonly rule: 'printedTotal' | 'layout' | 'unreadable';
  /** Field paths concerned (computed cells by their computed path). */
  readonly fields: readonly string[];
  /** Chinese message naming the cell and the figures. */
  readonly message: string;
  /** printedTotal: the figure as printed (null when the printed cell is blank). */
  readonly printed?: number | null;
  /** printedTotal: the sum of the parts. */
  readonly computed?: number;
};

/** The outcome of an import: a document with its summary, or a refusal that creates nothing. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly document: ReportDocument;
      readonly issues: readonly ImportIssue[];
      /** A 汇总's sources and contributions, from a JSON file's `consolidation` key once checked. */
      readonly consolidation?: Consolidation;
    }
  | { readonly ok: false; readonly error: string };
