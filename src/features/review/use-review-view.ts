import { useEffect, useMemo, useState } from 'react';
import { checkReport, gov2021, type ReportDocument } from '@/domain';
import type { ReportRecord } from '@/domain/drafts';
import { canEdit, type Actor } from '@/domain/workflow';
import type { diffReports } from '@/domain/workflow/changes';
import { buildMarks } from './logic/marks';
import { printApproval } from './approval';

/** Whether the report is shown read-only: locked by its status, or the person is the 审核人. */
export function isReviewLocked(record: ReportRecord, identity: Actor | null): boolean {
  return !canEdit(record.status) || identity?.role === 'reviewer';
}

type Differ = typeof diffReports;
let loadedDiffer: Differ | null = null;

/**
 * The changes since `baseline` (none without one). The differ (with its word diff) loads only
 * for a report that has been submitted: most drafts never need it, and the first load is smaller.
 */
function useChanges(baseline: ReportDocument | null, doc: ReportDocument) {
  const [differ, setDiffer] = useState<Differ | null>(() => loadedDiffer);
  useEffect(() => {
    if (!baseline || differ) return;
    let live = true;
    void import('@/domain/workflow/changes').then((m) => {
      loadedDiffer = m.diffReports;
      if (live) setDiffer(() => m.diffReports);
    });
    return () => void (live = false);
  }, [baseline, differ]);
  return useMemo(
    () => (baseline && differ ? differ(gov2021, baseline, doc) : null),
    [baseline, doc, differ],
  );
}

/**
 * What the review shows over the report: changes since the last submission (recomputed when the
 * stored record changes, or on request while the 填报人 edits), the cell markers, the approval.
 */
export function useReviewView(
  record: ReportRecord,
  getDocument: () => ReportDocument,
  previous?: ReportDocument,
) {
  const [doc, setDoc] = useState(getDocument);
  const [seen, setSeen] = useState(record);
  if (seen !== record) {
    setSeen(record);
    setDoc(getDocument());
  }
  const { baseline, comments, events } = record.review;
  const changes = useChanges(baseline, doc);
  const marks = useMemo(() => buildMarks(comments, changes), [comments, changes]);
  const approval = useMemo(() => printApproval(record.status, events), [record.status, events]);
  return {
    changes,
    marks,
    approval,
    refresh: () => setDoc(getDocument()),
    getProblems: () => checkReport(gov2021, getDocument(), { stage: 'draft', previous }),
  };
}

export type ReviewView = ReturnType<typeof useReviewView>;
