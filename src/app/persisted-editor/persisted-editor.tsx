import type { ReportDocument } from '@/domain';
import type { ReportRecord, ReportSummary } from '@/storage/report-store';
import { ReportEditor, ReviewMarksContext } from '@/features/report-editor';
import type { AppStorage } from '../app-storage';
import { S } from '../strings';
import { EditorNotices } from './editor-notices';
import { editorToolbar } from './toolbar-slots';
import { EditorDrawers } from './editor-drawers';
import { usePersistedEditor, type PersistedEditorParts } from './use-persisted-editor';

export type PersistedEditorProps = {
  storage: AppStorage;
  record: ReportRecord;
  previous: ReportDocument | undefined;
  /** Nothing may be changed (another tab holds the report, or the database closed). */
  readOnly: boolean;
  /** Another tab holds the report. */
  lockedOut: boolean;
  recovered: boolean;
  /** The store's list when the report was opened. */
  list?: readonly ReportSummary[];
  /** The app was updated in another tab: this page stopped saving. */
  versionChanged?: boolean;
};

/** Why nothing may be changed, if so: another tab holds it, it was received, or its review locks it. */
function lockedReason(locked: boolean, lockedOut: boolean, received: boolean): string | undefined {
  if (!locked) return undefined;
  if (lockedOut) return S.readOnly;
  return received ? S.receivedReadOnly : S.reviewLocked;
}

// What the editor is built from, without the ready mark's ref: it stays in the component (passing
// a ref to a function during render is flagged by the react-hooks lint).
type EditorParts = Omit<PersistedEditorParts, 'readyRef'>;

/** The notices under the editor's toolbar. */
function editorNotices(props: PersistedEditorProps, parts: EditorParts) {
  return (
    <EditorNotices
      versionChanged={props.versionChanged === true}
      lockedOut={props.lockedOut}
      received={parts.received}
      recovered={props.recovered && !props.readOnly}
      restoreError={parts.saving.restoreError}
    />
  );
}

/** The report's editor with the page's toolbar, notices and (for a 汇总) frame. */
function reportEditor(props: PersistedEditorProps, parts: EditorParts) {
  const { readOnly } = props;
  const { content, session, view, saving } = parts;
  return (
    <ReportEditor
      initial={content.doc}
      documentKey={content.key}
      previous={props.previous}
      status={session.record.status}
      approval={view.approval}
      consolidation={parts.consolidation ?? undefined}
      comments={session.record.review.comments}
      lockedReason={lockedReason(parts.locked, props.lockedOut, parts.received)}
      acknowledgements={content.acks}
      onFullyRendered={parts.onFullyRendered}
      renderAllAtOnce // the editor is ready when all of it is there: one render, not two
      {...saving.handlers}
      toolbar={editorToolbar({
        session,
        readOnly,
        state: parts.state,
        onRetry: () => void parts.saver.flush(),
        onExport: saving.exportJson,
        drawers: parts.drawers,
        openComments: parts.openComments,
      })}
      notices={editorNotices(props, parts)}
      frame={parts.frame}
    />
  );
}

/** The editor of a loaded report, saving every committed change. */
export function PersistedEditor(props: PersistedEditorProps) {
  const { readyRef, ...parts } = usePersistedEditor(props);
  const { session, view, saving, selection, drawers } = parts;
  return (
    <>
      <div className="persisted-editor" {...selection.handlers} ref={readyRef}>
        <ReviewMarksContext.Provider value={view.marks}>
          {reportEditor(props, parts)}
        </ReviewMarksContext.Provider>
      </div>
      <EditorDrawers
        drawer={drawers.drawer}
        onClose={drawers.close}
        storage={props.storage}
        reportId={props.record.id}
        session={session}
        view={view}
        selected={selection.selected}
        readOnly={props.readOnly}
        historyVersion={parts.historyVersion}
        canRestore={!parts.locked}
        onRestore={saving.restore}
      />
    </>
  );
}
