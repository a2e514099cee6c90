import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { gov2021, type ReportDocument } from '@/domain';
import { describeStorageError } from '@/storage/durability';
import type { ReportRecord, ReportSummary, Snapshot } from '@/storage/report-store';
import { openThreads } from '@/domain/workflow';
import { ReportEditor, ReviewMarksContext } from '@/features/report-editor';
import { HistoryDrawer } from '@/features/history';
import { ReviewActions, ReviewDrawer, useFieldSelection } from '@/features/review';
import { ConsolidationFrame } from '@/features/consolidation';
import type { AppStorage } from '../app-storage';
import { toEditorAcks } from '@/domain/drafts';
import type { EditorValue } from './report-saver';
import { useReportSaver } from './use-report-saver';
import { useSessionReview } from './use-session-review';
import { downloadReport } from './download-report';
import { S } from '../strings';
import { ReportViewOnUse } from './report-view-on-use';
import { EditorNotices } from './editor-notices';
import { BackLink, ToolbarStatus, ToolbarTrail } from './toolbar-slots';
import { useEditorDrawer } from './use-editor-drawer';
import { useConsolidation } from './use-consolidation';
import { reportSearch } from '../route';

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

export function useEditorContent(record: ReportRecord, previous: ReportDocument | undefined) {
  const [content, setContent] = useState(() => ({
    doc: record.document,
    acks: toEditorAcks(gov2021, record.document, record.acknowledgements, previous),
    key: 0,
  }));
  const latestRef = useRef<EditorValue>(content);
  /** Shows another version of the report (restored, or brought by a 审核包). */
  const replace = useCallback((doc: ReportDocument, acks: Readonly<Record<string, string>>) => {
    latestRef.current = { doc, acks };
    setContent((c) => ({ doc, acks, key: c.key + 1 }));
  }, []);
  return { content, replace, latestRef };
}

/** The editor of a loaded report, saving every committed change. */
export function PersistedEditor(props: PersistedEditorProps) {
  const { storage, record, previous, readOnly } = props;
  const editorContent = useEditorContent(record, previous);
  const { content, replace, latestRef } = editorContent;
  const { saver, state, historyVersion } = useReportSaver(storage, record, previous);
  const { session, view, locked, host, received } = useSessionReview(props, saver, editorContent);
  const { consolidation, rerun } = useConsolidation(storage, record, host);
  const selection = useFieldSelection();
  const openComments = openThreads(session.record.review.comments).length;
  const drawers = useEditorDrawer(openComments);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  // Every section rendered, on an open store (the session is ready): the editor is ready. Set
  // on the element, not through state: a re-render of the whole editor would cost more than the
  // rest of the wait. (After the commit: the element's ref is attached after its children's
  // layout effects, which is when this is called.)
  const bodyRef = useRef<HTMLDivElement>(null);
  const onFullyRendered = useCallback(
    () => queueMicrotask(() => bodyRef.current?.setAttribute('data-editor-ready', '')),
    [],
  );
  useEffect(() => {
    if (props.recovered && !readOnly) saver.change(latestRef.current);
  }, [props.recovered, readOnly, saver, latestRef]);
  function update(value: EditorValue) {
    latestRef.current = value;
    saver.change(value);
  }
  async function restore(snapshot: Snapshot) {
    setRestoreError(null);
    try {
      const acks = latestRef.current.acks;
      await saver.restore(snapshot.document, acks);
      replace(snapshot.document, acks);
    } catch (e) {
      setRestoreError(S.restoreFailed(e instanceof Error ? e.message : describeStorageError(e)));
    }
  }
  const frame =
    consolidation &&
    ((body: ReactNode) => (
      <ConsolidationFrame
        consolidation={consolidation}
        store={storage.store}
        list={props.list}
        reportHref={reportSearch}
        onRerun={locked ? undefined : rerun}
      >
        {body}
      </ConsolidationFrame>
    ));

  const editor = (
    <ReportEditor
      initial={content.doc}
      documentKey={content.key}
      previous={previous}
      status={session.record.status}
      approval={view.approval}
      consolidation={consolidation ?? undefined}
      comments={session.record.review.comments}
      lockedReason={
        locked
          ? props.lockedOut
            ? S.readOnly
            : received
              ? S.receivedReadOnly
              : S.reviewLocked
          : undefined
      }
      acknowledgements={content.acks}
      onFullyRendered={onFullyRendered}
      renderAllAtOnce // the editor is ready when all of it is there: one render, not two
      onChange={locked ? undefined : (doc) => update({ ...latestRef.current, doc })}
      onAcknowledgementsChange={
        locked ? undefined : (acks) => update({ ...latestRef.current, acks })
      }
      toolbar={{
        lead: <BackLink />,
        status: (
          <ToolbarStatus
            session={session}
            readOnly={readOnly}
            saveState={state}
            onRetry={() => void saver.flush()}
            onExport={() => downloadReport(latestRef.current.doc)}
          />
        ),
        actions: (
          <ReviewActions
            session={session}
            disabled={readOnly}
            onNeedIdentity={() => drawers.show('review')}
          />
        ),
        trail: (
          <ToolbarTrail
            session={session}
            readOnly={readOnly}
            openComments={openComments}
            drawer={drawers.drawer}
            onToggle={drawers.toggle}
          />
        ),
      }}
      notices={
        <EditorNotices
          versionChanged={props.versionChanged === true}
          lockedOut={props.lockedOut}
          received={received}
          recovered={props.recovered && !readOnly}
          restoreError={restoreError}
        />
      }
      frame={frame || undefined}
    />
  );
  return (
    <>
      <div className="persisted-editor" {...selection.handlers} ref={bodyRef}>
        <ReviewMarksContext.Provider value={view.marks}>{editor}</ReviewMarksContext.Provider>
      </div>
      <ReviewDrawer
        open={drawers.drawer === 'review'}
        onClose={drawers.close}
        session={session}
        view={view}
        selected={selection.selected}
        disabled={readOnly}
      />
      <HistoryDrawer
        open={drawers.drawer === 'history'}
        onClose={drawers.close}
        store={storage.store}
        reportId={record.id}
        version={historyVersion}
        canRestore={!locked}
        onRestore={restore}
        renderReport={(doc, label) => (
          <ReportViewOnUse template={gov2021} report={doc} label={label} />
        )}
      />
    </>
  );
}
