import { buttonClass, Button } from '@/components/ui/button';
import { HISTORY_DRAWER_ID } from '@/features/history';
import type { EditorToolbarSlots } from '@/features/report-editor';
import {
  PackageMenu,
  ReviewActions,
  ReviewButton,
  StatusBadge,
  type ReviewSession,
} from '@/features/review';
import type { AutosaveState } from './autosave';
import type { useEditorDrawer } from './use-editor-drawer';
import { preloadReportView } from './report-view-on-use';
import { SaveStatus } from './save-status';
import { S, strings } from '../strings';
import { E } from './strings';

/** The drawer open at the editor's right, if any. */
export type EditorDrawer = 'review' | 'history' | null;

/** 返回: the list of reports (routed in the page, see app-links.ts). */
export function BackLink() {
  return (
    <a
      href="./"
      className={buttonClass('ghost', 'md', 'editor-back')}
      aria-label={strings.backToList}
    >
      <span aria-hidden="true">←</span>
      {E.back}
    </a>
  );
}

type ToolbarStatusProps = {
  session: ReviewSession;
  /** Nothing may be changed: nothing is saved either. */
  readOnly: boolean;
  saveState: AutosaveState;
  onRetry: () => void;
  onExport: () => void;
};

/** The report's status and whether its changes are saved. */
export function ToolbarStatus({ session, readOnly, saveState, ...actions }: ToolbarStatusProps) {
  return (
    <>
      <StatusBadge status={session.record.status} />
      {!readOnly && <SaveStatus state={saveState} {...actions} />}
    </>
  );
}

type ToolbarTrailProps = {
  session: ReviewSession;
  readOnly: boolean;
  openComments: number;
  drawer: EditorDrawer;
  onToggle: (drawer: 'review' | 'history') => void;
};

/** 历史版本, 审核包 and 审核, after the toolbar's 导出. */
export function ToolbarTrail({
  session,
  readOnly,
  openComments,
  drawer,
  onToggle,
}: ToolbarTrailProps) {
  return (
    <>
      <Button
        aria-expanded={drawer === 'history'}
        aria-controls={drawer === 'history' ? HISTORY_DRAWER_ID : undefined}
        onClick={() => {
          preloadReportView();
          onToggle('history');
        }}
      >
        {S.history}
      </Button>
      <PackageMenu session={session} disabled={readOnly} />
      <ReviewButton
        open={drawer === 'review'}
        openComments={openComments}
        onToggle={() => onToggle('review')}
      />
    </>
  );
}

type EditorToolbarArgs = {
  session: ReviewSession;
  readOnly: boolean;
  state: AutosaveState;
  onRetry: () => void;
  onExport: () => void;
  drawers: ReturnType<typeof useEditorDrawer>;
  openComments: number;
};

/** What the page puts into the editor's toolbar: 返回, status, review actions, drawers. */
export function editorToolbar(a: EditorToolbarArgs): EditorToolbarSlots {
  const { session, readOnly, drawers } = a;
  return {
    lead: <BackLink />,
    status: (
      <ToolbarStatus
        session={session}
        readOnly={readOnly}
        saveState={a.state}
        onRetry={a.onRetry}
        onExport={a.onExport}
      />
    ),
    actions: (
      <ReviewActions
        session={session}
        disabled={readOnly}
        onNeedIdentity={() => drawers.show('review')}
      />
    ),
    trail: (
      <ToolbarTrail
        session={session}
        readOnly={readOnly}
        openComments={a.openComments}
        drawer={drawers.drawer}
        onToggle={drawers.toggle}
      />
    ),
  };
}
