import { Button } from '@/components/ui/button';
import { FilePicker } from '@/components/ui/file-picker';
import type { ReceiveState } from './use-receive';
import { WR } from '../strings';

type ReceivePanelProps = {
  state: ReceiveState;
  dragging: boolean;
  onFiles: (files: File[]) => void;
  onClear: () => void;
};

function statusText(state: ReceiveState): string {
  if (state.kind === 'running') return WR.working(state.done, state.total);
  return state.kind === 'done' ? state.summary : '';
}

function Lines({ state, onClear }: { state: ReceiveState; onClear: () => void }) {
  return (
    <div className="receive-results">
      <p role="status" className="receive-summary">
        {statusText(state)}
        {state.kind === 'done' && (
          <Button variant="ghost" size="sm" onClick={onClear}>
            {WR.clear}
          </Button>
        )}
      </p>
      {state.kind === 'failed' && <p role="alert">{state.message}</p>}
      {state.kind === 'done' && (
        // Focusable: a long list scrolls, and keyboard users must be able to scroll it too.
        <ul aria-label={WR.results} className="receive-lines" tabIndex={0}>
          {state.lines.map((line, i) => (
            <li key={`${i}-${line.fileName}`} data-outcome={line.outcome} data-file={line.fileName}>
              <span className="receive-label">{line.label}</span>
              <span className="receive-file">{line.fileName}</span>
              <span className="receive-text">{line.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 接收报告: the multiple file picker, the page-wide drop, and one result line per file. */
export function ReceivePanel({ state, dragging, onFiles, onClear }: ReceivePanelProps) {
  const running = state.kind === 'running';
  return (
    <section
      className="workspace-panel receive-panel"
      aria-labelledby="receive-title"
      data-dragging={dragging}
    >
      <div className="receive-head">
        <h3 id="receive-title">{WR.title}</h3>
        <FilePicker
          label={WR.pick}
          inputLabel={WR.pickLabel}
          multiple
          disabled={running}
          onFiles={onFiles}
        />
        <p className="workspace-muted receive-hint">
          {dragging ? WR.dropHere : WR.dropHint} {WR.newerRule}
        </p>
      </div>
      <Lines state={state} onClear={onClear} />
    </section>
  );
}
