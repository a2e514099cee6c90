/** Identifiers of the rules of report-format.md. */
export type RuleId =
  | 'balance'
  | 'value'
  | 'required'
  | 'carryOver'
  | 'inForceRollForward'
  | 'narrativeNumber'
  | 'feeReported'
  | 'printedTotal';

export type Severity = 'error' | 'warning';

/** A problem found in a report: the rule, its severity, the cells involved and a Chinese message. */
export type Violation = {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Field paths of the cells involved; computed cells by their computed path. */
  readonly fields: readonly string[];
  /** Key of the section the problem belongs to (overview, proactive, requests, …). */
  readonly section: string;
  readonly message: string;
};

/** Options of `checkReport`. */
export type CheckOptions = {
  /** The same agency's report for the previous year: turns on carryOver and inForceRollForward. */
  readonly previous?: import('../report/document').ReportDocument;
  /** `submit` makes `required` an error (it is a warning while drafting). */
  readonly stage?: 'draft' | 'submit';
};
