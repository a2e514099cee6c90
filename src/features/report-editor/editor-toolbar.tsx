import { defaultTitle } from '@/domain';
import { useStore } from './store-context';
import { useFieldValue } from './use-cell';
import { useHistory, useViolations } from './use-violations';
import { S } from './strings';

/** The bar above the report: its title, undo/redo and the problem totals. */
export function EditorToolbar() {
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
          disabled={!canUndo}
          title={S.undoHint}
          data-action="undo"
        >
          {S.undo}
        </button>
        <button
          type="button"
          onClick={() => store.redo()}
          disabled={!canRedo}
          title={S.redoHint}
          data-action="redo"
        >
          {S.redo}
        </button>
        <span className={`toolbar-count ${errors > 0 ? 'has-errors' : ''}`}>
          {S.errors(errors)}，{S.warnings(violations.length - errors)}
        </span>
      </div>
    </div>
  );
}
