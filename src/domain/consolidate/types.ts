import type { ReportDocument } from '../report/document';

// The data of a consolidated (汇总) report: which reports it sums, and what each of them gave
// to each input cell. 《政府信息公开条例》第四十九条: the 本级政府's report is made from the reports
// of its departments, so every figure of it must be traceable to its sources.

/** One report summed into a consolidated report. */
export type ConsolidationSource = {
  /** Stable id of the source: the stored report's id in the app, the file name in the CLI. */
  readonly key: string;
  readonly agency: string;
  readonly year: number;
  /** `contentKey` of the source document when it was summed: tells that a source changed since. */
  readonly contentKey: string;
  /** Error- and warning-severity problems of the source when it was summed. */
  readonly errors: number;
  readonly warnings: number;
  /** When the source is itself a 汇总: the agencies it sums (used to refuse double counting). */
  readonly consolidatedAgencies?: readonly string[];
};

/** What one source gave to one cell. */
export type Contribution = { readonly agency: string; readonly value: number };

/** The consolidation record kept with a consolidated report (in storage and in its JSON file). */
export type Consolidation = {
  readonly sources: readonly ConsolidationSource[];
  /** Input cell path → the sources' non-blank values, largest first. */
  readonly contributions: Readonly<Record<string, readonly Contribution[]>>;
  /** Agencies summed although they had error-severity problems (the result carries a warning). */
  readonly includedWithErrors: readonly string[];
};

/** One report handed to `consolidate`, with the key it is known by. */
export type ConsolidationInput = {
  readonly key: string;
  readonly document: ReportDocument;
  /** Present when this input is itself a consolidated report. */
  readonly consolidation?: Consolidation;
  /**
   * The key `staleSources` will later compare with (e.g. the stored record's `contentKey`).
   * Without it, `sourceContentKey(document)` is used.
   */
  readonly contentKey?: string;
  /** The source's problem counts when the caller has them (saves running the rules again). */
  readonly problems?: { readonly errors: number; readonly warnings: number };
};

/** Why a consolidation was refused (nothing is created then). */
export type ConsolidationRefusal = {
  /** `errors`: a source has error-severity problems and its key is not in `allowErrors`. */
  readonly code: 'empty' | 'year' | 'duplicate' | 'double-count' | 'errors';
  /** Chinese message naming the agencies and where they were found. */
  readonly message: string;
  readonly agencies: readonly string[];
};

/** The outcome of `consolidate`. */
export type ConsolidationResult =
  | {
      readonly ok: true;
      readonly document: ReportDocument;
      readonly consolidation: Consolidation;
      /** Chinese warnings, e.g. naming sources included although they have errors. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly refusals: readonly ConsolidationRefusal[] };
