import { gov2021, type ReportDocument } from '@/domain';
import type { Acknowledgement } from '@/domain/drafts';
import { ConflictError } from '@/storage/errors';
import { describeStorageError } from '@/storage/durability';
import type { ReportRecord } from '@/storage/report-store';
import type { AppStorage } from '../app-storage';
import { createAutosave, type AutosaveState, type Timers } from './autosave';
import { countProblems, toRecordAcks } from '@/domain/drafts';
import { afterSave, snapshotBeforeSave, START, type SnapshotClock } from './snapshot-policy';
import { S } from '../strings';

// Saves one open report: the autosave scheduler over `store.save(…, expectedRev)`, the edit
// journal written synchronously on every change, problem counts for the drafts list, and
// history snapshots taken as the author works. Not React: the hook only wires it to the page.

/** What is saved: the document and the editor's acknowledgements. */
export type EditorValue = { doc: ReportDocument; acks: Readonly<Record<string, string>> };

export type SaverEnv = {
  storage: AppStorage;
  record: ReportRecord;
  previous: ReportDocument | undefined;
  timers: Timers;
  /** Milliseconds, for the snapshot policy. */
  clock: () => number;
  onState: (s: AutosaveState) => void;
  /** A snapshot was added to the history. */
  onSnapshot: () => void;
};

function classify(error: unknown) {
  return { conflict: error instanceof ConflictError, message: describeStorageError(error) };
}

/** The saver of one report session. */
export function createReportSaver(env: SaverEnv) {
  const { store, journal } = env.storage;
  const id = env.record.id;
  let rev = env.record.rev;
  let storedAcks: Acknowledgement[] = env.record.acknowledgements;
  let snapshots: SnapshotClock = START;
  let latest: EditorValue | null = null;

  const now = () => new Date(env.clock()).toISOString();
  const journalEntry = (v: EditorValue) => ({
    baseRev: rev,
    document: v.doc,
    acknowledgements: toRecordAcks(v.acks, storedAcks, now()),
  });

  async function snapshot(description: string, kind: 'auto' | 'restore') {
    await store.snapshot(id, description, kind);
    env.onSnapshot();
  }

  async function save(value: EditorValue) {
    if (snapshotBeforeSave(snapshots)) {
      await snapshot(S.snapshotSessionStart, 'auto');
      snapshots = { saves: 0, lastAt: env.clock() }; // once, even if this save fails and is retried
    }
    const acknowledgements = toRecordAcks(value.acks, storedAcks, now());
    const problems = countProblems(gov2021, value.doc, value.acks, env.previous);
    const saved = await store.save(id, value.doc, rev, { acknowledgements, problems });
    rev = saved.rev;
    storedAcks = acknowledgements;
    if (latest === value) journal.clear(id);
    else if (latest) journal.write(id, journalEntry(latest));
    const next = afterSave(snapshots, env.clock());
    snapshots = next.clock;
    if (next.take) await snapshot(S.snapshotAuto, 'auto');
  }

  const autosave = createAutosave<EditorValue>({
    save,
    classify,
    onState: env.onState,
    timers: env.timers,
  });

  return {
    /** A committed change in the editor: journaled now, saved after the delay. */
    change(value: EditorValue) {
      latest = value;
      journal.write(id, journalEntry(value));
      autosave.change(value);
    },
    flush: () => autosave.flush(),
    /** The rev of the stored version this session saves over. */
    rev: () => rev,
    /** Another writer in this session (the review) stored the report: continue from its rev. */
    adopt(stored: Pick<ReportRecord, 'rev' | 'acknowledgements'>) {
      rev = stored.rev;
      storedAcks = stored.acknowledgements;
      latest = null;
      journal.clear(id);
      env.onSnapshot();
    },
    stopped: () => autosave.stopped(),
    /** The value not saved yet, if any. */
    pending: () => autosave.pending(),
    dispose: () => autosave.dispose(),
    /** Replaces the report with a version from its history; the current one is kept there first. */
    async restore(doc: ReportDocument, acks: Readonly<Record<string, string>>) {
      await autosave.flush();
      if (autosave.stopped() || autosave.pending() !== undefined) throw new Error(S.restoreBlocked);
      await snapshot(S.snapshotBeforeRestore, 'restore');
      snapshots = { saves: 0, lastAt: env.clock() };
      latest = { doc, acks };
      await save(latest);
    },
  };
}

export type ReportSaver = ReturnType<typeof createReportSaver>;
