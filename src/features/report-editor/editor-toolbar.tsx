import { defaultTitle, type Consolidation } from '@/domain';
import type { ReportStatus } from '@/domain/drafts';
import { ExportMenu } from '@/features/export';
import { useStore } from './store-context';
import { useFieldValue } from './use-cell';
import { useHistory, useViolations } from './use-violations';
import { S } from './strings';

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
};

/** The bar above the report: its title, undo/redo, the problem totals and the 导出 menu. */
export function EditorToolbar({
  status = 'draft',
  comments,
  approval,
  consolidation,
  locked = false,
}: EditorToolbarProps) {
  const store = useStore();
  const { canUndo, canRedo } = useHistory();
  const violations = useViolations();
  const agency = useFieldValue('meta.agency');
  const year = useFieldValue('meta.year');
  const title = useFieldValue('meta.title');
  const errors = violations.filter((v) => v.severity === 'error').length;
  const shown =
    typeof title === 'string' ? title : defaultTitle(String(agency ?? ''), Number(year));
  return (
    <div className="editor-toolbar">
      <h1 className="editor-title">{shown}</h1>
      <div className="toolbar-actions">
        <button
          type="button"
          onClick={() => store.undo()}
          disabled={!canUndo || locked}
          title={S.undoHint}
          data-action="undo"
        >
          {S.undo}
        </button>
        <button
          type="button"
          onClick={() => store.redo()}
          disabled={!canRedo || locked}
          title={S.redoHint}
          data-action="redo"
        >
          {S.redo}
        </button>
        <span className={`toolbar-count ${errors > 0 ? 'has-errors' : ''}`}>
          {S.errors(errors)}，{S.warnings(violations.length - errors)}
        </span>
        <ExportMenu
          template={store.template}
          getDocument={store.getDocument}
          status={status}
          comments={comments}
          approval={approval}
          consolidation={consolidation}
        />
      </div>
    </div>
  );
}
