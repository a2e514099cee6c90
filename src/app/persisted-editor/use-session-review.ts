import { useCallback } from 'react';
import { gov2021 } from '@/domain';
import { toEditorAcks } from '@/domain/drafts';
import type { ReportRecord } from '@/storage/report-store';
import { isReviewLocked, useIdentity, useReviewSession, useReviewView } from '@/features/review';
import type { PersistedEditorProps } from './persisted-editor';
import type { EditorContent } from './use-editor-content';
import type { ReportSaver } from './report-saver';
import { useReviewHost } from './use-review-host';

/** The review of the session: host, state, what it shows, and whether the report is locked. */
export function useSessionReview(
  props: Pick<PersistedEditorProps, 'storage' | 'record' | 'previous' | 'readOnly'>,
  saver: ReportSaver,
  editor: EditorContent,
) {
  const { storage, record, previous } = props;
  const { replace, latestRef } = editor;
  const onStored = useCallback(
    (stored: ReportRecord, changed: boolean) => {
      if (!changed) return;
      replace(
        stored.document,
        toEditorAcks(gov2021, stored.document, stored.acknowledgements, previous),
      );
    },
    [replace, previous],
  );
  const host = useReviewHost(storage, record.id, saver, previous, onStored);
  const session = useReviewSession(host, record);
  const view = useReviewView(session.record, () => latestRef.current.doc, previous);
  const identity = useIdentity();
  // A report received in the workspace is reviewed, not edited: the department fixes its own.
  const received = record.origin?.receivedAt != null;
  const locked = props.readOnly || received || isReviewLocked(session.record, identity);
  return { session, view, locked, host, received };
}
