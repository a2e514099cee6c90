import { useMemo, type ReactNode } from 'react';
import { defaultTitle, type Consolidation } from '@/domain';
import type { ReportStatus } from '@/domain/drafts';
import { severityCounts } from '@/domain/rules/severity-counts';
import { Button } from '@/components/ui/button';
import { ExportMenu } from '@/features/export';
import { focusProblemList } from './problem-list';
import { useStore } from './store-context';
import { useFieldValue } from './use-cell';
import { useHistory, useViolations } from './use-violations';
import { S } from './strings';

/** What the page around the editor puts into its toolbar, in the toolbar's order. */
export type EditorToolbarSlots = {
  /** Before the title: the way back to the list. */
  readonly lead?: ReactNode;
  /** After the title: the report's status and whether it is saved. */
  readonly status?: ReactNode;
  /** After the problem count: the review actions the person's role allows. */
  readonly actions?: ReactNode;
  /** After 导出: 历史版本, 审核包, 审核. */
  readonly trail?: ReactNode;
};

export type EditorToolbarProps = {
  /** Workflow status, for the exports (default 草稿: the print copy carries the 草稿 mark). */
  readonly status?: ReportStatus;
  /** Review comments, written into the JSON export. */
  readonly comments?: unknown;
  /** The recorded approval of a 已定稿 report, printed in the signature block. */
  readonly approval?: { reviewer: string; date: string };
  /** A 汇总's sources and contributions, written into its JSON export. */
  readonly consolidation?: Consolidation;
  /** The report is locked: undo and redo are off (exports still work). */
  readonly locked?: boolean;
  readonly slots?: EditorToolbarSlots;
};

/** The report's title as the toolbar shows it (the default title while none is set). */
function useShownTitle(): string {
  const agency = useFieldValue('meta.agency');
  const year = useFieldValue('meta.year');
  const title = useFieldValue('meta.title');
  return typeof title === 'string' ? title : defaultTitle(String(agency ?? ''), Number(year));
}

/** 撤销, 重做 and the problem count, which takes the focus to the problem list. */
function EditActions({ locked }: { locked: boolean }) {
  const store = useStore();
  const { canUndo, canRedo } = useHistory();
  const violations = useViolations();
  const counts = useMemo(() => severityCounts(violations), [violations]);
  return (
    <div className="toolbar-group">
      <Button
        size="sm"
        onClick={() => store.undo()}
        disabled={!canUndo || locked}
        title={S.undoHint}
        data-action="undo"
      >
        {S.undo}
      </Button>
      <Button
        size="sm"
        onClick={() => store.redo()}
        disabled={!canRedo || locked}
        title={S.redoHint}
        data-action="redo"
      >
        {S.redo}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className={`toolbar-count ${counts.errors > 0 ? 'has-errors' : ''}`}
        title={S.toProblemList}
        onClick={focusProblemList}
      >
        {S.problemCount(counts)}
      </Button>
    </div>
  );
}

/**
 * The editor's one sticky toolbar, in two rows: the way back, the title, status and save state;
 * then 撤销 / 重做, the problem count, the review actions, 导出 and what the page adds after it.
 */
export function EditorToolbar({
  status = 'draft',
  comments,
  approval,
  consolidation,
  locked = false,
  slots = {},
}: EditorToolbarProps) {
  const store = useStore();
  const title = useShownTitle();
  return (
    <div className="editor-toolbar">
      <div className="toolbar-row">
        {slots.lead}
        <h1 className="editor-title" title={title}>
          {title}
        </h1>
        {slots.status}
      </div>
      <div className="toolbar-row">
        <EditActions locked={locked} />
        <div className="toolbar-group toolbar-end">
          {slots.actions}
          <ExportMenu
            template={store.template}
            getDocument={store.getDocument}
            status={status}
            comments={comments}
            approval={approval}
            consolidation={consolidation}
          />
          {slots.trail}
        </div>
      </div>
    </div>
  );
}
