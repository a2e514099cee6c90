import { openThreads } from '@/domain/workflow';
import type { ReportDocument } from '@/domain';
import type { ReportRecord, ReportSummary } from '@/storage/report-store';
import { ReportEditor, ReviewMarksContext } from '@/features/report-editor';
import { useFieldSelection } from '@/features/review';
import type { AppStorage } from '../app-storage';
import { S } from '../strings';
import { useReportSaver } from './use-report-saver';
import { useSessionReview } from './use-session-review';
import { EditorNotices } from './editor-notices';
import { editorToolbar } from './toolbar-slots';
import { useEditorDrawer } from './use-editor-drawer';
import { useConsolidation } from './use-consolidation';
import { consolidationFrame } from './consolidation-frame';
import { EditorDrawers } from './editor-drawers';
import { useEditorContent, useEditorSaving, useReadyMark } from './use-editor-content';

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

/** The editor of a loaded report, saving every committed change. */
export function PersistedEditor(props: PersistedEditorProps) {
  const { storage, record, previous, readOnly } = props;
  const editorContent = useEditorContent(record, previous);
  const { content } = editorContent;
  const { saver, state, historyVersion } = useReportSaver(storage, record, previous);
  const { session, view, locked, host, received } = useSessionReview(props, saver, editorContent);
  const { consolidation, rerun } = useConsolidation(storage, record, host);
  const flags = { recovered: props.recovered, readOnly, locked };
  const saving = useEditorSaving(saver, editorContent, flags);
  const selection = useFieldSelection();
  const openComments = openThreads(session.record.review.comments).length;
  const drawers = useEditorDrawer(openComments);
  const { readyRef, onFullyRendered } = useReadyMark();
  const frame = consolidationFrame(consolidation, storage, props.list, locked ? undefined : rerun);
  const editor = (
    <ReportEditor
      initial={content.doc}
      documentKey={content.key}
      previous={previous}
      status={session.record.status}
      approval={view.approval}
      consolidation={consolidation ?? undefined}
      comments={session.record.review.comments}
      lockedReason={lockedReason(locked, props.lockedOut, received)}
      acknowledgements={content.acks}
      onFullyRendered={onFullyRendered}
      renderAllAtOnce // the editor is ready when all of it is there: one render, not two
      {...saving.handlers}
      toolbar={editorToolbar({
        session,
        readOnly,
        state,
        onRetry: () => void saver.flush(),
        onExport: saving.exportJson,
        drawers,
        openComments,
      })}
      notices={
        <EditorNotices
          versionChanged={props.versionChanged === true}
          lockedOut={props.lockedOut}
          received={received}
          recovered={props.recovered && !readOnly}
          restoreError={saving.restoreError}
        />
      }
      frame={frame}
    />
  );
  return (
    <>
      <div className="persisted-editor" {...selection.handlers} ref={readyRef}>
        <ReviewMarksContext.Provider value={view.marks}>{editor}</ReviewMarksContext.Provider>
      </div>
      <EditorDrawers
        drawer={drawers.drawer}
        onClose={drawers.close}
        storage={storage}
        reportId={record.id}
        session={session}
        view={view}
        selected={selection.selected}
        readOnly={readOnly}
        historyVersion={historyVersion}
        canRestore={!locked}
        onRestore={saving.restore}
      />
    </>
  );
}
