import { memoByTemplate } from '@/domain/template/memo';
import {
  getAtPath,
  listInputCells,
  listNarratives,
  setAtPath,
  type CellValue,
  type ReportDocument,
  type ReportMeta,
  type TemplateDef,
  type Violation,
} from '@/domain';
import { createCellMarks } from './cell-marks';
import { buildFlags, changedFlags, type Acknowledgements, type CellFlag } from './logic/derive';
import {
  changedDerivations,
  deriveState,
  differing,
  nothingDerived,
  type DeriveContext,
  type Derived,
} from './logic/derive-state';
import { emptyHistory, record, redoStep, undoStep, type History } from './logic/history';
import { createListeners, type Emit } from './store-listeners';

/** A value written at a field path. */
export type Change = { readonly path: string; readonly value: unknown };

/** Channels that are not field paths. */
export const VIOLATIONS = '@violations';
export const HISTORY = '@history';
export const DOCUMENT = '@document';

export type StoreOptions = {
  readonly previous?: ReportDocument;
  readonly acknowledgements?: Readonly<Record<string, string>>;
};

const META_KEYS = ['agency', 'year', 'title', 'publishedOn'] as const;

/** Every field path of a template (cells, narratives, meta), listed once: each editor needs them. */
const editorFields = memoByTemplate((t: TemplateDef) => {
  const paths = [
    ...listInputCells(t).map((c) => c.path),
    ...listNarratives(t).map((n) => n.path),
    ...META_KEYS.map((k) => `meta.${k}`),
  ];
  return { paths, set: new Set(paths) };
});

/**
 * The document side of a store, in one object so the steps below are plain functions. It holds
 * `t`, `check` and `acks` itself so that it can be passed as the DeriveContext as it is: no
 * context object is built per keystroke.
 */
type Core = {
  readonly t: TemplateDef;
  readonly check: DeriveContext['check'];
  readonly fields: ReturnType<typeof editorFields>;
  readonly emit: Emit;
  committed: ReportDocument;
  preview: Change | null;
  history: History;
  acks: Acknowledgements;
  derived: Derived;
};

/** The document state of a new store, with everything derived from `initial`. */
function createCore(
  t: TemplateDef,
  initial: ReportDocument,
  options: StoreOptions,
  emit: Emit,
): Core {
  const core: Core = {
    t,
    check: { previous: options.previous, stage: 'draft' },
    fields: editorFields(t),
    emit,
    committed: initial,
    preview: null,
    history: emptyHistory,
    acks: new Map(Object.entries(options.acknowledgements ?? {})),
    derived: nothingDerived(initial),
  };
  core.derived = deriveState(core, initial, core.derived, null);
  return core;
}

/**
 * Moves to a new committed document and preview. `touched`: the paths where `nextCommitted`
 * differs from the committed document (null when unknown, as after undo).
 */
function update(
  core: Core,
  nextCommitted: ReportDocument,
  nextPreview: Change | null,
  touched: readonly string[] | null,
  extra: string[] = [],
): void {
  const prev = core.derived;
  const doc = nextPreview
    ? setAtPath(nextCommitted, nextPreview.path, nextPreview.value)
    : nextCommitted;
  const docChanged = nextCommitted !== core.committed;
  const candidates = [...(touched ?? []), core.preview?.path, nextPreview?.path].filter(
    (p): p is string => p !== undefined,
  );
  // Incremental only when every possibly changed path is a known field (undo: compare all).
  const known = touched !== null && candidates.every((p) => core.fields.set.has(p));
  const changed = differing(prev.doc, doc, known ? candidates : core.fields.paths);
  core.committed = nextCommitted;
  core.preview = nextPreview;
  core.derived = deriveState(core, doc, prev, known ? changed : null);
  const keys = [...extra, ...changed, ...changedDerivations(prev, core.derived)];
  if (core.derived.violations !== prev.violations) keys.push(VIOLATIONS);
  if (docChanged) keys.push(DOCUMENT);
  core.emit(keys);
}

/** Writes `changes` as one undo step; a no-op change records nothing but drops the preview. */
function commit(core: Core, changes: readonly Change[], label: string): void {
  let next = core.committed;
  for (const c of changes)
    if (getAtPath(next, c.path) !== c.value) next = setAtPath(next, c.path, c.value);
  const touched = changes.map((c) => c.path);
  if (next === core.committed) return update(core, core.committed, null, []);
  core.history = record(core.history, { before: core.committed, after: next, label });
  update(core, next, null, touched, [HISTORY]);
}

/** Applies an undo or redo step (if any); returns the field paths it changed. */
function travel(core: Core, step: { history: History; doc: ReportDocument } | null): string[] {
  if (!step) return [];
  const before = core.committed;
  core.history = step.history;
  update(core, step.doc, null, null, [HISTORY]);
  return core.fields.paths.filter((p) => getAtPath(before, p) !== getAtPath(step.doc, p));
}

/** Sets or withdraws one acknowledgement: only flags change, the problems stay as they are. */
function setAcknowledgement(core: Core, key: string, reason: string | null): void {
  const next = new Map(core.acks);
  if (reason === null) next.delete(key);
  else next.set(key, reason);
  core.acks = next;
  const prev = core.derived;
  core.derived = { ...prev, flags: buildFlags(prev.violations, next, prev.flags) };
  core.emit([...changedFlags(prev.flags, core.derived.flags), VIOLATIONS]);
}

/** The store's reads of the document and of what is derived from it. */
function documentReads(core: Core) {
  return {
    /** The document as shown, including the value being typed. */
    getDocument: (): ReportDocument => core.derived.doc,
    /** The document without the value being typed (what onChange reports). */
    getCommitted: (): ReportDocument => core.committed,
    getValue: (path: string): unknown => getAtPath(core.derived.doc, path),
    getTotal: (path: string): number | undefined => core.derived.totals[path],
    getFlag: (key: string): CellFlag | undefined => core.derived.flags.get(key),
    getViolations: (): readonly Violation[] => core.derived.violations,
    getAcknowledgements: (): Acknowledgements => core.acks,
    canUndo: (): boolean => core.history.undo.length > 0,
    canRedo: (): boolean => core.history.redo.length > 0,
  };
}

/** The store's edits of the document: preview, commits, undo/redo and acknowledgements. */
function documentEdits(core: Core) {
  return {
    /** Shows a value while it is typed: totals and flags follow, nothing is recorded. */
    preview(path: string, value: unknown): void {
      if (core.preview?.path === path && core.preview.value === value) return;
      update(core, core.committed, { path, value }, []);
    },
    cancelPreview(): void {
      if (core.preview) update(core, core.committed, null, []);
    },
    set(path: string, value: unknown, label = '编辑'): void {
      commit(core, [{ path, value }], label);
    },
    setCell(path: string, value: CellValue): void {
      commit(core, [{ path, value }], '编辑单元格');
    },
    setNarrative(path: string, text: string): void {
      commit(core, [{ path, value: text }], '编辑文字');
    },
    setMeta<K extends keyof ReportMeta>(key: K, value: ReportMeta[K]): void {
      commit(core, [{ path: `meta.${key}`, value }], '编辑报告信息');
    },
    /** Several changes as one undo step (a paste, 本表空格填 0). */
    applyBatch(changes: readonly Change[], label: string): void {
      commit(core, changes, label);
    },
    /** Undoes the last step; returns the paths it changed. */
    undo: (): string[] => travel(core, undoStep(core.history)),
    redo: (): string[] => travel(core, redoStep(core.history)),
    /** Acknowledges a warning with a reason, or withdraws the acknowledgement (null). */
    acknowledge(key: string, reason: string | null): void {
      setAcknowledgement(core, key, reason);
    },
  };
}

/**
 * The editor's external store: the document (immutable), a live preview of the cell being typed,
 * totals and rule results derived once per change, undo/redo, and subscriptions by key (a field
 * path, a computed path, a `column:` flag, or one of the @ channels) so that a change re-renders
 * only the cells, totals and flags it touched.
 */
export function createReportStore(
  t: TemplateDef,
  initial: ReportDocument,
  options: StoreOptions = {},
) {
  // `emit` stays private: only the store's own changes notify.
  const { emit, ...subscription } = createListeners();
  const core = createCore(t, initial, options, emit);
  return {
    template: t,
    ...subscription,
    ...documentReads(core),
    ...createCellMarks(emit),
    ...documentEdits(core),
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
