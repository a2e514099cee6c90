import { gov2021 } from '@/domain';
import type { Snapshot } from '@/storage/report-store';
import { HistoryDrawer } from '@/features/history';
import { ReviewDrawer, type ReviewSession, type ReviewView } from '@/features/review';
import type { AppStorage } from '../app-storage';
import { ReportViewOnUse } from './report-view-on-use';
import type { EditorDrawer } from './toolbar-slots';

type Props = {
  drawer: EditorDrawer;
  onClose: () => void;
  storage: AppStorage;
  reportId: string;
  session: ReviewSession;
  view: ReviewView;
  /** The field selected in the report, which a new comment is about. */
  selected: string | null;
  readOnly: boolean;
  historyVersion: number;
  /** Versions may be restored (the report is not locked). */
  canRestore: boolean;
  onRestore: (snapshot: Snapshot) => Promise<void>;
};

/** The editor's two drawers: 审核 (意见, 修改, 操作记录) and 历史版本; one is open at a time. */
export function EditorDrawers(props: Props) {
  const { drawer, onClose, session } = props;
  return (
    <>
      <ReviewDrawer
        open={drawer === 'review'}
        onClose={onClose}
        session={session}
        view={props.view}
        selected={props.selected}
        disabled={props.readOnly}
      />
      <HistoryDrawer
        open={drawer === 'history'}
        onClose={onClose}
        store={props.storage.store}
        reportId={props.reportId}
        version={props.historyVersion}
        canRestore={props.canRestore}
        onRestore={props.onRestore}
        renderReport={(doc, label) => (
          <ReportViewOnUse template={gov2021} report={doc} label={label} />
        )}
      />
    </>
  );
}
