import type { ReportDocument } from '../domain/report/document';
import type { BackupFile } from '../domain/drafts/backup';
import type {
  Acknowledgement,
  ProblemCounts,
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
  ProblemCounts,
  ReportRecord,
  ReportStatus,
  ReviewData,
  Snapshot,
  SnapshotKind,
  SnapshotSummary,
};

/** A line of the drafts list. */
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
};

/** A loaded report, with what had to be repaired, or why it cannot be opened (its data is kept). */
export type LoadResult =
  | { ok: true; record: ReportRecord; repairs: readonly string[] }
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
};

/** What a save may change besides the document. */
export type SaveExtra = {
  status?: ReportStatus;
  acknowledgements?: Acknowledgement[];
  problems?: ProblemCounts | null;
  /** Comments, history of actions, last exchange and baseline (issue 6). */
  review?: ReviewData;
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
  /** Releases the database connection. */
  close(): void;
};
