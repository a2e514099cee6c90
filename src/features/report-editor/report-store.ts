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
import { buildFlags, changedFlags, type Acknowledgements, type CellFlag } from './logic/derive';
import {
  changedDerivations,
  deriveState,
  differing,
  nothingDerived,
  type DeriveContext,
} from './logic/derive-state';
import { emptyHistory, record, redoStep, undoStep, type History } from './logic/history';

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
  const listeners = new Map<string, Set<() => void>>();
  const { paths: fieldPaths, set: fieldSet } = editorFields(t);
  let committed = initial;
  let preview: Change | null = null;
  let history: History = emptyHistory;
  let acks: Acknowledgements = new Map(Object.entries(options.acknowledgements ?? {}));
  let refusals: ReadonlyMap<string, string> = new Map();
  const drafts = new Map<string, string>();
  const check = { previous: options.previous, stage: 'draft' } as const;
  const context = (): DeriveContext => ({ t, check, acks });
  let derived = deriveState(context(), initial, nothingDerived(initial), null);

  function emit(keys: Iterable<string>): void {
    for (const key of new Set(keys)) listeners.get(key)?.forEach((fn) => fn());
  }

  /**
   * Moves to a new committed document and preview. `touched`: the paths where `nextCommitted`
   * differs from the committed document (null when unknown, as after undo).
   */
  function update(
    nextCommitted: ReportDocument,
    nextPreview: Change | null,
    touched: readonly string[] | null,
    extra: string[] = [],
  ): void {
    const prev = derived;
    const doc = nextPreview
      ? setAtPath(nextCommitted, nextPreview.path, nextPreview.value)
      : nextCommitted;
    const docChanged = nextCommitted !== committed;
    const candidates = [...(touched ?? []), preview?.path, nextPreview?.path].filter(
      (p): p is string => p !== undefined,
    );
    // Incremental only when every possibly changed path is a known field (undo: compare all).
    const known = touched !== null && candidates.every((p) => fieldSet.has(p));
    const changed = differing(prev.doc, doc, known ? candidates : fieldPaths);
    committed = nextCommitted;
    preview = nextPreview;
    derived = deriveState(context(), doc, prev, known ? changed : null);
    const keys = [...extra, ...changed, ...changedDerivations(prev, derived)];
    if (derived.violations !== prev.violations) keys.push(VIOLATIONS);
    if (docChanged) keys.push(DOCUMENT);
    emit(keys);
  }

  function commit(changes: readonly Change[], label: string): void {
    let next = committed;
    for (const c of changes)
      if (getAtPath(next, c.path) !== c.value) next = setAtPath(next, c.path, c.value);
    const touched = changes.map((c) => c.path);
    if (next === committed) return update(committed, null, []);
    history = record(history, { before: committed, after: next, label });
    update(next, null, touched, [HISTORY]);
  }

  function travel(step: { history: History; doc: ReportDocument } | null): string[] {
    if (!step) return [];
    const before = committed;
    history = step.history;
    update(step.doc, null, null, [HISTORY]);
    return fieldPaths.filter((p) => getAtPath(before, p) !== getAtPath(step.doc, p));
  }

  function setRefusals(next: ReadonlyMap<string, string>): void {
    const keys = new Set([...refusals.keys(), ...next.keys()]);
    const old = refusals;
    refusals = next;
    emit([...keys].filter((k) => old.get(k) !== next.get(k)));
  }

  return {
    template: t,
    subscribe(key: string, fn: () => void): () => void {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set);
      set.add(fn);
      return () => void set.delete(fn);
    },
    /** The document as shown, including the value being typed. */
    getDocument: (): ReportDocument => derived.doc,
    /** The document without the value being typed (what onChange reports). */
    getCommitted: (): ReportDocument => committed,
    getValue: (path: string): unknown => getAtPath(derived.doc, path),
    getTotal: (path: string): number | undefined => derived.totals[path],
    getFlag: (key: string): CellFlag | undefined => derived.flags.get(key),
    getRefusal: (path: string): string | undefined => refusals.get(path),
    /** The text being typed into a grid cell (not yet committed), or null. */
    getDraft: (path: string): string | null => drafts.get(path) ?? null,
    setDraft(path: string, text: string | null): void {
      if ((drafts.get(path) ?? null) === text) return;
      if (text === null) drafts.delete(path);
      else drafts.set(path, text);
      emit([path]);
    },
    getViolations: (): readonly Violation[] => derived.violations,
    getAcknowledgements: (): Acknowledgements => acks,
    canUndo: (): boolean => history.undo.length > 0,
    canRedo: (): boolean => history.redo.length > 0,
    /** Shows a value while it is typed: totals and flags follow, nothing is recorded. */
    preview(path: string, value: unknown): void {
      if (preview?.path === path && preview.value === value) return;
      update(committed, { path, value }, []);
    },
    cancelPreview(): void {
      if (preview) update(committed, null, []);
    },
    set(path: string, value: unknown, label = '编辑'): void {
      commit([{ path, value }], label);
    },
    setCell(path: string, value: CellValue): void {
      commit([{ path, value }], '编辑单元格');
    },
    setNarrative(path: string, text: string): void {
      commit([{ path, value: text }], '编辑文字');
    },
    setMeta<K extends keyof ReportMeta>(key: K, value: ReportMeta[K]): void {
      commit([{ path: `meta.${key}`, value }], '编辑报告信息');
    },
    /** Several changes as one undo step (a paste, 本表空格填 0). */
    applyBatch(changes: readonly Change[], label: string): void {
      commit(changes, label);
    },
    /** Undoes the last step; returns the paths it changed. */
    undo: (): string[] => travel(undoStep(history)),
    redo: (): string[] => travel(redoStep(history)),
    /** Marks a cell whose input was refused (reason), or clears the mark (null). */
    refuse(path: string, reason: string | null): void {
      if ((refusals.get(path) ?? null) === reason) return;
      const next = new Map(refusals);
      if (reason === null) next.delete(path);
      else next.set(path, reason);
      setRefusals(next);
    },
    setRefusals,
    /** Acknowledges a warning with a reason, or withdraws the acknowledgement (null). */
    acknowledge(key: string, reason: string | null): void {
      const next = new Map(acks);
      if (reason === null) next.delete(key);
      else next.set(key, reason);
      acks = next;
      const prev = derived;
      derived = { ...prev, flags: buildFlags(prev.violations, acks, prev.flags) };
      emit([...changedFlags(prev.flags, derived.flags), VIOLATIONS]);
    },
  };
}

export type ReportStore = ReturnType<typeof createReportStore>;
