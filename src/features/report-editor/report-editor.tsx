import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  gov2021,
  layoutTables,
  type Consolidation,
  type ReportDocument,
  type SectionDef,
} from '@/domain';
import type { ReportStatus } from '@/domain/drafts';
import { useAfterFirstPaint } from '@/components/ui/lazy-component';
import { createReportStore, DOCUMENT, VIOLATIONS, type ReportStore } from './report-store';
import { StoreContext } from './store-context';
import { MetaForm } from './meta-form';
import { NarrativeField } from './narrative-field';
import { TableSection } from './table-section';
import { EditorSection } from './editor-section';
import { ProblemList } from './problem-list';
import { SectionNav } from './section-nav';
import { EditorToolbar, type EditorToolbarSlots } from './editor-toolbar';
import { focusField } from './focus-field';
import { S } from './strings';
import './editor.css';

export type ReportEditorProps = {
  /**
   * The report to edit, read when it is first given (and again when `documentKey` changes).
   */
  initial: ReportDocument;
  /**
   * Changed when the page shows another version of the report (restored, brought by a 审核包,
   * summed again): a new store and new fields from `initial`, under the same toolbar and frame,
   * which keep their state.
   */
  documentKey?: number;
  /** Called with the new document after every committed change (not while a cell is being typed). */
  onChange?: (doc: ReportDocument) => void;
  /** Last year's report of the same agency: turns on the carryOver and inForceRollForward rules. */
  previous?: ReportDocument;
  /** Acknowledged warnings (violation key → reason), kept with the report. */
  acknowledgements?: Readonly<Record<string, string>>;
  onAcknowledgementsChange?: (acks: Record<string, string>) => void;
  /** Workflow status, for the exports (default 草稿). */
  status?: ReportStatus;
  /** Review comments, written into the JSON export. */
  comments?: unknown;
  /** The recorded approval of a 已定稿 report, printed in the signature block. */
  approval?: { reviewer: string; date: string };
  /** A 汇总's sources and contributions, written into its JSON export. */
  consolidation?: Consolidation;
  /** Why the report cannot be changed now; set, every field is disabled (exports still work). */
  lockedReason?: string;
  /** Called once, before the paint, when every section has been rendered. */
  onFullyRendered?: () => void;
  /**
   * Render every section at once instead of those below the first screenful a frame later
   * (when nothing of the editor is painted before it is complete anyway). Read on mount.
   */
  renderAllAtOnce?: boolean;
  /** What the page puts into the editor's toolbar (the way back, status, review actions…). */
  toolbar?: EditorToolbarSlots;
  /** Short notices shown right under the toolbar (read-only, recovered…). */
  notices?: ReactNode;
  /** Wraps the editor's body (a 汇总's layer goes around it, under the toolbar). */
  frame?: (body: ReactNode) => ReactNode;
};

const layouts = layoutTables(gov2021);

function createStore(props: ReportEditorProps): ReportStore {
  return createReportStore(gov2021, props.initial, {
    previous: props.previous,
    acknowledgements: props.acknowledgements,
  });
}

/** The store of the document given, and its version (another document, another store). */
function useEditorStore(props: ReportEditorProps): { store: ReportStore; version: number } {
  const [held, setHeld] = useState(() => ({
    key: props.documentKey,
    store: createStore(props),
    version: 0,
  }));
  if (held.key !== props.documentKey) {
    setHeld({ key: props.documentKey, store: createStore(props), version: held.version + 1 });
  }
  const { store } = held;
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    const offDoc = store.subscribe(DOCUMENT, () => latest.current.onChange?.(store.getCommitted()));
    let acks = store.getAcknowledgements();
    const offAcks = store.subscribe(VIOLATIONS, () => {
      if (store.getAcknowledgements() === acks) return;
      acks = store.getAcknowledgements();
      latest.current.onAcknowledgementsChange?.(Object.fromEntries(acks));
    });
    return () => (offDoc(), offAcks());
  }, [store]);
  return held;
}

/** Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z over the whole report (text being typed keeps its own undo). */
function onUndoKeys(store: ReportStore, e: KeyboardEvent) {
  if (e.defaultPrevented || e.nativeEvent.isComposing || !(e.ctrlKey || e.metaKey)) return;
  const target = e.target as HTMLElement;
  // Text typed in a form of the toolbar (a reason in its dialog) or of a problem keeps its own undo.
  if (target.dataset.dirty === 'true' || target.closest('.ack-form, dialog, .ui-popover-panel')) {
    return;
  }
  const key = e.key.toLowerCase();
  const redo = key === 'y' || (key === 'z' && e.shiftKey);
  if (key !== 'z' && !redo) return;
  e.preventDefault();
  const changed = redo ? store.redo() : store.undo();
  const first = changed[0];
  if (first && target.dataset.gridCell !== undefined && first !== target.getAttribute('name')) {
    focusField(first);
  }
}

function Section({ section }: { section: SectionDef }) {
  if (section.content !== 'narratives')
    return <TableSection section={section} layout={layouts[section.content]} />;
  return (
    <EditorSection section={section}>
      {section.narratives.map((n) => (
        <NarrativeField key={n.path} def={n} single={section.narratives.length === 1} />
      ))}
    </EditorSection>
  );
}

/** The sections up to table 3 in the first render; the rest right after the first paint. */
const FIRST_RENDER = gov2021.sections.findIndex((s) => s.content === 'table3') + 1;

/** The six sections in official order; those below the first screenful come one frame later. */
function Sections(props: { onFullyRendered?: () => void; renderAllAtOnce?: boolean }) {
  const [allAtOnce] = useState(props.renderAllAtOnce === true); // read once: the first render
  const full = useAfterFirstPaint(0) || allAtOnce;
  const done = useRef(props.onFullyRendered);
  useLayoutEffect(() => {
    if (full) done.current?.();
  }, [full]);
  const shown = full ? gov2021.sections : gov2021.sections.slice(0, FIRST_RENDER);
  return shown.map((s) => <Section key={s.key} section={s} />);
}

/** The editor's body; while the report is locked, a disabled fieldset saying why. */
function LockedBody({ reason, children }: { reason?: string; children: ReactNode }) {
  if (reason === undefined) return <div className="editor-body">{children}</div>;
  return (
    <fieldset disabled className="editor-body editor-locked">
      <legend className="visually-hidden">{reason}</legend>
      {children}
    </fieldset>
  );
}

/** The report editor: toolbar, meta, the six sections in official order, navigator and problem list. */
export function ReportEditor(props: ReportEditorProps) {
  const { store, version } = useEditorStore(props);
  const { lockedReason, onFullyRendered, renderAllAtOnce } = props;
  // Keyed by the store's version: a new document gets new fields (no state of the old ones).
  // Kept while the page around re-renders (its save state, the review): nothing of it changed.
  const body = useMemo(
    () => (
      <LockedBody key={version} reason={lockedReason}>
        <aside className="editor-side">
          <SectionNav />
          <ProblemList />
        </aside>
        <div className="editor-main">
          <MetaForm />
          <Sections onFullyRendered={onFullyRendered} renderAllAtOnce={renderAllAtOnce} />
        </div>
      </LockedBody>
    ),
    [version, lockedReason, onFullyRendered, renderAllAtOnce],
  );
  return (
    <StoreContext.Provider value={store}>
      <div
        className="report-editor"
        aria-label={S.editorLabel}
        role="region"
        onKeyDown={(e) => lockedReason === undefined && onUndoKeys(store, e)}
      >
        <EditorToolbar
          status={props.status}
          comments={props.comments}
          approval={props.approval}
          consolidation={props.consolidation}
          locked={lockedReason !== undefined}
          slots={props.toolbar}
        />
        {props.notices}
        {props.frame ? props.frame(body) : body}
      </div>
    </StoreContext.Provider>
  );
}
