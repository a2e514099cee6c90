import { Button } from '@/components/ui/button';
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
  const text = saveStatusText(state);
  return (
    <div className="save-status-bar">
      <p role="status" className="save-status" data-state={state.kind} title={text}>
        {text}
      </p>
      {state.kind === 'failed' && (
        <Button size="sm" variant="primary" onClick={onRetry}>
          {S.retry}
        </Button>
      )}
      {state.kind === 'conflict' && (
        <Button size="sm" variant="primary" onClick={() => window.location.reload()}>
          {S.reopen}
        </Button>
      )}
      {failed && (
        <Button size="sm" onClick={onExport}>
          {S.exportJson}
        </Button>
      )}
    </div>
  );
}
