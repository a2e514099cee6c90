/** Kinds of value a cell holds: a count of items (件) or an amount in 万元 with up to 6 decimals. */
export type CellKind = 'count' | 'amount';

/** A narrative (free text) field. `path` is its field path in the report document. */
export type NarrativeDef = {
  readonly path: string;
  /** Heading as printed, e.g. （一）主动公开情况. Empty for an untitled field. */
  readonly heading: string;
  /** Short name used in messages and in the editor's labels. */
  readonly label: string;
  /** Required narratives raise `required` when empty. */
  readonly required: boolean;
};

/** One input row of a table-2 block; `key` is the path segment under `proactive`. */
export type Table2RowDef = {
  readonly key: string;
  readonly label: string;
  /** Other labels seen in real reports for this row. */
  readonly aliases?: readonly string[];
};

/** A caption block of table 2 (第二十条第（x）项) with its value columns. */
export type Table2BlockDef = {
  readonly caption: string;
  /** Column keys, or `null` when the row itself is the field (a single-column block). */
  readonly columns: readonly { readonly key: string | null; readonly label: string }[];
  readonly kind: CellKind;
  readonly rows: readonly Table2RowDef[];
};

/** A column of table 3: an applicant kind, or the computed 总计. */
export type ApplicantColumnDef = {
  readonly key: string;
  readonly label: string;
  /** Header group above the label (法人或其他组织), if any. */
  readonly group?: string;
};

/** A row of table 3: an input row, a computed row, or a group of rows. */
export type Table3RowDef =
  | { readonly type: 'input'; readonly key: string; readonly label: string }
  | { readonly type: 'computed'; readonly key: string; readonly label: string }
  | {
      readonly type: 'group';
      /** Path segment for groups whose children are nested in the document; `null` for 三. */
      readonly key: string | null;
      readonly label: string;
      readonly children: readonly Table3RowDef[];
    };

/** A group of table 4 (行政复议, 未经复议直接起诉, 复议后起诉). */
export type AppealGroupDef = {
  readonly key: string;
  readonly label: string;
  /** Header above the group label (行政诉讼), if any. */
  readonly parent?: string;
};

/** A section of the report in print order. */
export type SectionDef = {
  readonly key: string;
  /** Title as printed, e.g. 一、总体情况. */
  readonly title: string;
  /** Chinese ordinal of the section (一 … 六). */
  readonly ordinal: string;
  readonly content: 'narratives' | 'table2' | 'table3' | 'table4';
  readonly narratives: readonly NarrativeDef[];
};

/** The whole report template: everything else is derived from it. */
export type TemplateDef = {
  readonly id: string;
  readonly sections: readonly SectionDef[];
  readonly table2: { readonly itemHeader: string; readonly blocks: readonly Table2BlockDef[] };
  readonly table3: {
    readonly note: string;
    readonly applicantHeader: string;
    readonly columns: readonly ApplicantColumnDef[];
    readonly total: ApplicantColumnDef;
    readonly rows: readonly Table3RowDef[];
    /** Row labels are printed in this many columns. */
    readonly labelLevels: number;
  };
  readonly table4: {
    readonly groups: readonly AppealGroupDef[];
    readonly outcomes: readonly { readonly key: string; readonly label: string }[];
    readonly total: { readonly key: string; readonly label: string };
  };
};
