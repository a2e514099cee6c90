import { useState } from 'react';
import type { ReportDocument } from '@/domain';
import type { ReportRecord } from '@/domain/drafts';
import type { Actor, CommentResult, CommentThread, WorkflowAction } from '@/domain/workflow';
import { documentKey } from '@/io/review-package/format';
import type { ReportStore } from '@/storage/report-store';
import type { ActionOutcome } from './logic/review-ops';
import { downloadText } from '@/components/download-text';
import { newId } from '@/components/new-id';

// The review of the open report: workflow actions, comments and 导出审核包, each written to
// the store after the editor's pending edits are saved (the host settles and adopts).

/** What the page editing the report offers the review. */
export type ReviewHost = {
  store: ReportStore;
  /** Saves pending edits and returns the stored record; throws when that is not possible. */
  settle(): Promise<ReportRecord>;
  /** The review stored a new version: continue from it (remount when the document changed). */
  adopt(record: ReportRecord, documentChanged: boolean): void;
  previous?: ReportDocument;
};

const env = (store: ReportStore) => ({
  store,
  now: () => new Date().toISOString(),
  newId: () => newId(),
});

/** What the review writes (and the 审核包 export): loaded on the first write. */
const loadOps = () => import('./logic/review-ops');

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs `op` on the settled record, or the one `next` picks from its result (`null`: none). */
type Write = <T>(
  op: (fresh: ReportRecord) => Promise<T>,
  next: (r: T) => ReportRecord | null,
) => Promise<T>;

/** The session's write: busy while it runs; a stored record is adopted by the host and shown. */
function writer(
  host: ReviewHost,
  setBusy: (busy: boolean) => void,
  setRecord: (record: ReportRecord) => void,
): Write {
  return async function write<T>(
    op: (fresh: ReportRecord) => Promise<T>,
    next: (r: T) => ReportRecord | null,
  ) {
    setBusy(true);
    try {
      const fresh = await host.settle();
      const result = await op(fresh);
      const stored = next(result);
      if (stored) {
        host.adopt(stored, documentKey(stored.document) !== documentKey(fresh.document));
        setRecord(stored);
      }
      return result;
    } finally {
      setBusy(false);
    }
  };
}

/** What the review writes through `write`: actions, comments, the 审核包 export and import. */
function reviewWrites(host: ReviewHost, write: Write) {
  return {
    /** Applies a workflow action; refusals and failures come back as reasons. */
    act: (action: WorkflowAction, actor: Actor): Promise<ActionOutcome> =>
      write(
        async (fresh) =>
          (await loadOps()).recordAction(env(host.store), fresh, action, actor, host.previous),
        (o) => (o.ok ? o.record : null),
      ).catch((e: unknown) => ({ ok: false as const, reason: messageOf(e) })),
    /** Changes the comment threads; resolves to a refusal, or null when stored. */
    comment: (change: (threads: CommentThread[]) => CommentResult): Promise<string | null> =>
      write(
        async (fresh) => {
          const result = change(fresh.review.comments);
          if (!result.ok) return result.reason;
          return (await loadOps()).saveComments(env(host.store), fresh, result.threads);
        },
        (r) => (typeof r === 'string' ? null : r),
      ).then(
        (r) => (typeof r === 'string' ? r : null),
        (e: unknown) => messageOf(e),
      ),
    /** Downloads the 审核包; resolves to the file name. */
    exportPackage: () =>
      write(
        async (fresh) => (await loadOps()).recordExport(env(host.store), fresh),
        (r) => r.record,
      ).then((r) => {
        downloadText(r.name, r.text);
        return r.name;
      }),
    /** Runs a write of the package import on the settled record (it returns the stored one). */
    applyImport: (op: (fresh: ReportRecord) => Promise<ReportRecord>) => write(op, (r) => r),
  };
}

/** The review state of the open report and what can be done to it. */
export function useReviewSession(host: ReviewHost, initial: ReportRecord) {
  const [record, setRecord] = useState(initial);
  const [busy, setBusy] = useState(false);
  return {
    record,
    busy,
    store: host.store,
    ...reviewWrites(host, writer(host, setBusy, setRecord)),
    settle: () => host.settle(),
  };
}

export type ReviewSession = ReturnType<typeof useReviewSession>;
