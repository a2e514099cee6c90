import { useMemo, useState } from 'react';
import { checkReport, gov2021, type ReportDocument } from '@/domain';
import type { ReportRecord } from '@/domain/drafts';
import { canEdit, diffReports, type Actor } from '@/domain/workflow';
import { buildMarks } from './logic/marks';
import { printApproval } from './approval';

/** Whether the report is shown read-only: locked by its status, or the person is the 审核人. */
export function isReviewLocked(record: ReportRecord, identity: Actor | null): boolean {
  return !canEdit(record.status) || identity?.role === 'reviewer';
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
  const changes = useMemo(
    () => (baseline ? diffReports(gov2021, baseline, doc) : null),
    [baseline, doc],
  );
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
