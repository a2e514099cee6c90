import { openThreads } from '@/domain/workflow';
import { useFieldSelection } from '@/features/review';
import type { PersistedEditorProps } from './persisted-editor';
import { useReportSaver } from './use-report-saver';
import { useSessionReview } from './use-session-review';
import { useEditorDrawer } from './use-editor-drawer';
import { useConsolidation } from './use-consolidation';
import { consolidationFrame } from './consolidation-frame';
import { useEditorContent, useEditorSaving, useReadyMark } from './use-editor-content';

/**
 * Everything the editor of a loaded report shows and does: its content and saver, the review,
 * a 汇总's consolidation, the drawers, the selected field and the ready mark.
 */
export function usePersistedEditor(props: PersistedEditorProps) {
  // The order of these hooks (so of their effects at first render) is the page's as it was: the
  // load benchmark times the editor's ready mark.
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
  return {
    content,
    saver,
    state,
    historyVersion,
    session,
    view,
    locked,
    received,
    consolidation,
    saving,
    selection,
    openComments,
    drawers,
    readyRef,
    onFullyRendered,
    frame,
  };
}

export type PersistedEditorParts = ReturnType<typeof usePersistedEditor>;
