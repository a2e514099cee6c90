import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ReportDocument } from '@/domain';
import type { Snapshot } from '@/storage/report-store';
import { formatTime } from '@/components/format-time';
import { H } from './strings';

type SnapshotViewProps = {
  snapshot: Snapshot;
  canRestore: boolean;
  busy: boolean;
  onBack: () => void;
  onRestore: () => void;
  /** Renders a document read-only (app/ passes the report view). */
  renderReport: (doc: ReportDocument, label: string) => ReactNode;
};

/** One past version, read-only, with 返回编辑 and 恢复此版本. */
export function SnapshotView(props: SnapshotViewProps) {
  const { snapshot, canRestore, busy, onBack, onRestore } = props;
  return (
    <div className="snapshot-view">
      <p role="status" className="snapshot-view-title">
        {H.viewing(formatTime(snapshot.createdAt))}
      </p>
      <div className="history-actions">
        <Button onClick={onBack}>{H.back}</Button>
        {canRestore && (
          <Button variant="primary" onClick={onRestore} disabled={busy}>
            {busy ? H.restoring : H.restore}
          </Button>
        )}
      </div>
      {props.renderReport(snapshot.document, snapshot.description)}
    </div>
  );
}
