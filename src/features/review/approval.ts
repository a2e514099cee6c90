import type { ReportStatus } from '@/domain/drafts';
import { approvalOf, type WorkflowEvent } from '@/domain/workflow';
import { formatTime } from '@/components/format-time';

/** The approval printed on a 已定稿 copy: 审核人 and the local date, or undefined. */
export function printApproval(
  status: ReportStatus,
  events: readonly WorkflowEvent[],
): { reviewer: string; date: string } | undefined {
  const approval = approvalOf(status, events);
  if (!approval) return undefined;
  return { reviewer: approval.reviewer, date: formatTime(approval.at).slice(0, 10) };
}
