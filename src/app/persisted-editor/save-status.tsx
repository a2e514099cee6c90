import type { AutosaveState } from './autosave';
import { S } from '../strings';

/** The text of a save state (derived, so the component only renders it). */
export function saveStatusText(state: AutosaveState): string {
  switch (state.kind) {
    case 'saved':
      return S.saved;
    case 'pending':
    case 'saving':
      return S.saving;
    case 'failed':
      return S.failed(state.message);
    case 'conflict':
      return S.conflict(state.message);
  }
}

type SaveStatusProps = {
  state: AutosaveState;
  onRetry: () => void;
  onExport: () => void;
};

/** 已保存 / 正在保存… / 保存失败：reason, with 重试 and the JSON export when saving fails. */
export function SaveStatus({ state, onRetry, onExport }: SaveStatusProps) {
  const failed = state.kind === 'failed' || state.kind === 'conflict';
  return (
    <div className="save-status-bar">
      <p role="status" className="save-status" data-state={state.kind}>
        {saveStatusText(state)}
      </p>
      {state.kind === 'failed' && (
        <button type="button" onClick={onRetry}>
          {S.retry}
        </button>
      )}
      {state.kind === 'conflict' && (
        <button type="button" onClick={() => window.location.reload()}>
          {S.reopen}
        </button>
      )}
      {failed && (
        <button type="button" onClick={onExport}>
          {S.exportJson}
        </button>
      )}
    </div>
  );
}
