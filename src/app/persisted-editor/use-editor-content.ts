import { useCallback, useEffect, useRef, useState } from 'react';
import { gov2021, type ReportDocument } from '@/domain';
import { toEditorAcks } from '@/domain/drafts';
import { describeStorageError } from '@/storage/durability';
import type { ReportRecord, Snapshot } from '@/storage/report-store';
import type { EditorValue, ReportSaver } from './report-saver';
import { S } from '../strings';
import { downloadReport } from './download-report';

/**
 * What the editor shows (document and acknowledged warnings, with a key that changes when
 * another version replaces it) and the latest value typed, which the saver and exports read.
 */
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

export type EditorContent = ReturnType<typeof useEditorContent>;

/**
 * Saving what is typed: the editor's change handlers (none while `locked`) record and save each
 * new value; work recovered from the journal is saved once on open; `restore` brings back a
 * version from 历史版本 (its failure in Chinese); `exportJson` downloads what is typed.
 */
export function useEditorSaving(
  saver: ReportSaver,
  editor: EditorContent,
  flags: { recovered: boolean; readOnly: boolean; locked: boolean },
) {
  const { latestRef, replace } = editor;
  const { recovered, readOnly, locked } = flags;
  const [restoreError, setRestoreError] = useState<string | null>(null);
  useEffect(() => {
    if (recovered && !readOnly) saver.change(latestRef.current);
  }, [recovered, readOnly, saver, latestRef]);
  const update = (value: EditorValue) => {
    latestRef.current = value;
    saver.change(value);
  };
  const restore = async (snapshot: Snapshot) => {
    setRestoreError(null);
    try {
      const acks = latestRef.current.acks;
      await saver.restore(snapshot.document, acks);
      replace(snapshot.document, acks);
    } catch (e) {
      setRestoreError(S.restoreFailed(e instanceof Error ? e.message : describeStorageError(e)));
    }
  };
  const handlers = locked
    ? {}
    : {
        onChange: (doc: ReportDocument) => update({ ...latestRef.current, doc }),
        onAcknowledgementsChange: (acks: Record<string, string>) =>
          update({ ...latestRef.current, acks }),
      };
  const exportJson = () => downloadReport(latestRef.current.doc);
  return { handlers, restore, restoreError, exportJson };
}

/**
 * The editor's ready mark: once every section is rendered on an open store (the session is
 * ready), `data-editor-ready` goes on the element of `readyRef`. Set on the element, not through
 * state: a re-render of the whole editor would cost more than the rest of the wait. (After the
 * commit: the element's ref is attached after its children's layout effects, which is when
 * `onFullyRendered` is called.)
 */
export function useReadyMark() {
  const readyRef = useRef<HTMLDivElement>(null);
  const onFullyRendered = useCallback(
    () => queueMicrotask(() => readyRef.current?.setAttribute('data-editor-ready', '')),
    [],
  );
  return { readyRef, onFullyRendered };
}
