import type { ReportStatus } from '@/domain/drafts';
import { STATUS_LABELS } from '@/domain/workflow';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { R_FIRST as R } from './strings-first';

/** How each status reads at a glance: still work, waiting, sent back, done. */
const TONES: Readonly<Record<ReportStatus, BadgeTone>> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'danger',
  approved: 'success',
};

/** The report's workflow status as a badge (草稿 / 待审核 / 退回修改 / 已定稿). */
export function StatusBadge({ status }: { status: ReportStatus }) {
  return (
    <Badge tone={TONES[status]} className="status-badge">
      <span className="visually-hidden">{R.statusPrefix}</span>
      <span data-status={status}>{STATUS_LABELS[status]}</span>
    </Badge>
  );
}
