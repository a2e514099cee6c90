import { gov2021, type ReportDocument } from '@/domain';
import type { Acknowledgement } from '@/domain/drafts';
import { ConflictError } from '@/storage/errors';
import { describeStorageError } from '@/storage/durability';
import type { ReportRecord } from '@/storage/report-store';
import type { AppStorage } from '../app-storage';
import { createAutosave, type Autosave, type AutosaveState, type Timers } from './autosave';
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

/** What the saver keeps between saves. */
type SaverState = {
  /** The rev of the stored version this session saves over. */
  rev: number;
  storedAcks: Acknowledgement[];
  snapshots: SnapshotClock;
  /** The last value changed in the editor (null before any, and after another writer stored). */
  latest: EditorValue | null;
};

const isoNow = (env: SaverEnv) => new Date(env.clock()).toISOString();

/** The journal's entry for a value not saved yet, over the rev it will be saved over. */
function journalEntry(env: SaverEnv, state: SaverState, v: EditorValue) {
  return {
    baseRev: state.rev,
    document: v.doc,
    acknowledgements: toRecordAcks(v.acks, state.storedAcks, isoNow(env)),
  };
}

/** Adds a version to the history and tells the page. */
async function takeSnapshot(env: SaverEnv, description: string, kind: 'auto' | 'restore') {
  await env.storage.store.snapshot(env.record.id, description, kind);
  env.onSnapshot();
}

/** Saves one value over the session's rev, with the history snapshots the policy asks for. */
async function saveValue(env: SaverEnv, state: SaverState, value: EditorValue) {
  const { store, journal } = env.storage;
  const id = env.record.id;
  if (snapshotBeforeSave(state.snapshots)) {
    await takeSnapshot(env, S.snapshotSessionStart, 'auto');
    // Once, even if this save fails and is retried.
    state.snapshots = { saves: 0, lastAt: env.clock() };
  }
  const acknowledgements = toRecordAcks(value.acks, state.storedAcks, isoNow(env));
  const problems = countProblems(gov2021, value.doc, value.acks, env.previous);
  const saved = await store.save(id, value.doc, state.rev, { acknowledgements, problems });
  state.rev = saved.rev;
  state.storedAcks = acknowledgements;
  if (state.latest === value) journal.clear(id);
  else if (state.latest) journal.write(id, journalEntry(env, state, state.latest));
  const next = afterSave(state.snapshots, env.clock());
  state.snapshots = next.clock;
  if (next.take) await takeSnapshot(env, S.snapshotAuto, 'auto');
}

/** Restores `value` once all typed is saved; the current version goes to the history first. */
async function restoreValue(
  env: SaverEnv,
  state: SaverState,
  autosave: Autosave<EditorValue>,
  value: EditorValue,
) {
  await autosave.flush();
  if (autosave.stopped() || autosave.pending() !== undefined) throw new Error(S.restoreBlocked);
  await takeSnapshot(env, S.snapshotBeforeRestore, 'restore');
  state.snapshots = { saves: 0, lastAt: env.clock() };
  state.latest = value;
  await saveValue(env, state, value);
}

/** The saver of one report session. */
export function createReportSaver(env: SaverEnv) {
  const { journal } = env.storage;
  const id = env.record.id;
  const { rev, acknowledgements: storedAcks } = env.record;
  const state: SaverState = { rev, storedAcks, snapshots: START, latest: null };
  const autosave = createAutosave<EditorValue>({
    save: (value) => saveValue(env, state, value),
    classify,
    onState: env.onState,
    timers: env.timers,
  });

  return {
    /** A committed change in the editor: journaled now, saved after the delay. */
    change(value: EditorValue) {
      state.latest = value;
      journal.write(id, journalEntry(env, state, value));
      autosave.change(value);
    },
    flush: () => autosave.flush(),
    /** The rev of the stored version this session saves over. */
    rev: () => state.rev,
    /** Another writer in this session (the review) stored the report: continue from its rev. */
    adopt(stored: Pick<ReportRecord, 'rev' | 'acknowledgements'>) {
      state.rev = stored.rev;
      state.storedAcks = stored.acknowledgements;
      state.latest = null;
      journal.clear(id);
      env.onSnapshot();
    },
    stopped: () => autosave.stopped(),
    /** The value not saved yet, if any. */
    pending: () => autosave.pending(),
    dispose: () => autosave.dispose(),
    /** Replaces the report with a version from its history; the current one is kept there first. */
    restore: (doc: ReportDocument, acks: Readonly<Record<string, string>>) =>
      restoreValue(env, state, autosave, { doc, acks }),
  };
}

export type ReportSaver = ReturnType<typeof createReportSaver>;
