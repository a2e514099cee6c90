import type { ReportDocument } from '../domain/report/document';
import type { BackupFile } from '../domain/drafts/backup';
import type { Consolidation } from '../domain/consolidate/types';
import type { KeyFigures } from '../domain/workspace/summary';
import type { YearLink } from './row-digest';
import type {
  Acknowledgement,
  ProblemCounts,
  ReportOrigin,
  ReportRecord,
  ReportStatus,
  ReviewData,
  Snapshot,
  SnapshotKind,
  SnapshotSummary,
} from '../domain/drafts/record';

// The storage port (design.md "Storage behind a small interface"). The UI reaches it through
// app-provided hooks; implementations are memory-store.ts (tests) and dexie-store.ts
// (IndexedDB), and both pass report-store.contract.ts. Everything handed out is a copy that has
// been checked and repaired on the way out, so a damaged stored document never crashes a page.

export type {
  Acknowledgement,
  BackupFile,
  Consolidation,
  KeyFigures,
  ProblemCounts,
  ReportOrigin,
  ReportRecord,
  ReportStatus,
  ReviewData,
  Snapshot,
  SnapshotKind,
  SnapshotSummary,
  YearLink,
};

/** A line of the drafts list and of the workspace; computed when the report is written. */
export type ReportSummary = {
  id: string;
  agency: string;
  year: number;
  title: string;
  status: ReportStatus;
  rev: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the report is in the 回收站. */
  deletedAt: string | null;
  /** Rule results stored at the last save (null: not checked yet). */
  problems: ProblemCounts | null;
  /** Why the stored document cannot be opened, or null when it can. */
  unreadable: string | null;
  /** Key of the document's content (sourceContentKey): a 汇总 tells a changed source by it. */
  contentKey: string;
  /** 本年新收, （七）总计, 结转下年度, 行政复议/行政诉讼 总计; null when unreadable. */
  figures: KeyFigures | null;
  /** The file the report came from, and when it was received in the workspace. */
  origin: ReportOrigin | null;
  /** For a 汇总: every agency it counts (nested 汇总 included); null for any other report. */
  consolidatedAgencies: string[] | null;
  /** The cells the cross-year rules read, for 与上年 without loading documents; null when unreadable. */
  yearLink: YearLink | null;
};

/** A loaded report, with what had to be repaired, or why it cannot be opened (its data is kept). */
export type LoadResult =
  | {
      ok: true;
      record: ReportRecord;
      repairs: readonly string[];
      /** The document's content key as the list shows it (ReportSummary.contentKey). */
      contentKey: string;
    }
  | { ok: false; id: string; error: string };

/** A loaded history entry, or why it cannot be opened. */
export type SnapshotLoadResult =
  | { ok: true; snapshot: Snapshot; repairs: readonly string[] }
  | { ok: false; id: string; error: string };

/** A new report: `id` defaults to a new id, status to draft. */
export type CreateInput = {
  document: ReportDocument;
  id?: string;
  status?: ReportStatus;
  acknowledgements?: Acknowledgement[];
  problems?: ProblemCounts | null;
  /** Review data (a report created from a 审核包); default: none. */
  review?: ReviewData;
  /** The sources of a consolidated (汇总) report; default: none. */
  consolidation?: Consolidation | null;
  /** The file it was imported or received from; default: none (typed here). */
  origin?: ReportOrigin | null;
  /** A first history entry of the new report, taken in the same write (e.g. 由 N 份报告汇总生成). */
  history?: { description: string; kind: SnapshotKind };
};

/** What a save may change besides the document. */
export type SaveExtra = {
  status?: ReportStatus;
  acknowledgements?: Acknowledgement[];
  problems?: ProblemCounts | null;
  /** Comments, history of actions, last exchange and baseline (issue 6). */
  review?: ReviewData;
  /** A 汇总 summed again (重新汇总), or null to drop the consolidation. */
  consolidation?: Consolidation | null;
  /** A newer version received in the workspace. */
  origin?: ReportOrigin | null;
};

/** A version of a report to keep in its history instead of the stored one. */
export type SnapshotVersion = Pick<
  ReportRecord,
  'document' | 'status' | 'rev' | 'updatedAt' | 'acknowledgements'
>;

/** The outcome of a save. */
export type Saved = { rev: number; updatedAt: string };

/** The outcome of importing a backup; `repairs` lists fields that were filled with defaults. */
export type ImportBackupResult = {
  added: number;
  updated: number;
  kept: number;
  repairs: string[];
};

/** The ambient world a store needs, injected so tests and Playwright runs are deterministic. */
export type StoreEnv = {
  /** Current time as an ISO string. */
  now: () => string;
  newId: () => string;
  /** How many 'auto' snapshots to keep per report (older ones are pruned); default 30. */
  autoSnapshotLimit?: number;
};

/** The persistence port. Rejections are `StoreError`s (see errors.ts). */
export type ReportStore = {
  /** All reports, 回收站 included, most recently updated first. */
  list(): Promise<ReportSummary[]>;
  load(id: string): Promise<LoadResult | undefined>;
  /** Several reports in one read (a 汇总's sources), each as `load` gives it, in the order of `ids`. */
  loadMany(ids: readonly string[]): Promise<(LoadResult | undefined)[]>;
  /** Rejects with code 'exists' when the id is taken. */
  create(input: CreateInput): Promise<ReportRecord>;
  /** Rejects with `ConflictError` (and changes nothing) when the stored rev is not `expectedRev`. */
  save(
    id: string,
    document: ReportDocument,
    expectedRev: number,
    extra?: SaveExtra,
  ): Promise<Saved>;
  /** Moves a report to the 回收站. */
  remove(id: string): Promise<void>;
  /** Takes a report out of the 回收站. */
  restore(id: string): Promise<void>;
  /** Deletes a report in the 回收站 and its history for good; rejects with 'not-in-trash' otherwise. */
  purge(id: string): Promise<void>;
  /** Purges every report in the 回收站; resolves to how many. */
  emptyTrash(): Promise<number>;
  /**
   * Records the current version of a report in its history, or `version` when given (a version
   * that is not stored, e.g. the one not chosen when importing a 审核包 that conflicts).
   */
  snapshot(
    id: string,
    description: string,
    kind: SnapshotKind,
    version?: SnapshotVersion,
  ): Promise<SnapshotSummary>;
  /** A report's history, newest first. */
  listSnapshots(id: string): Promise<SnapshotSummary[]>;
  loadSnapshot(snapshotId: string): Promise<SnapshotLoadResult | undefined>;
  /** Every report (回收站 included) as a backup file. */
  exportBackup(): Promise<BackupFile>;
  /** Merges a parsed backup file; rejects with 'backup-refused' (and changes nothing) on a bad file. */
  importBackup(file: unknown): Promise<ImportBackupResult>;
  /** The roster (名单) of the agencies expected to report for `year`; null when none was set. */
  getRoster(year: number): Promise<string[] | null>;
  /** Replaces the roster of `year` (names kept as given, in order). */
  setRoster(year: number, names: readonly string[]): Promise<void>;
  /** Releases the database connection. */
  close(): void;
};
