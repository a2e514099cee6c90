import { Button } from '@/components/ui/button';
import type { BatchAction } from './logic/batch';
import type { BatchResult } from './use-batch';
import { WB } from './strings';

type BatchBarProps = {
  selected: number;
  running: BatchAction | null;
  result: BatchResult | null;
  onAction: (action: BatchAction) => void;
};

/** The selection's actions (批量退回, 批量定稿, 导出审核包) and the outcome, refusals listed. */
export function BatchBar({ selected, running, result, onAction }: BatchBarProps) {
  const busy = running !== null;
  const disabled = busy || selected === 0;
  return (
    <div className="batch-bar" role="group" aria-label={WB.groupLabel}>
      <span className="batch-count">{WB.selected(selected)}</span>
      <Button variant="danger" disabled={disabled} onClick={() => onAction('return')}>
        {WB.returnAction}
      </Button>
      <Button disabled={disabled} onClick={() => onAction('approve')}>
        {WB.approveAction}
      </Button>
      <Button disabled={disabled} onClick={() => onAction('export')}>
        {WB.exportAction}
      </Button>
      <div className="batch-result" role="status">
        {busy && WB.working}
        {result && <span className="batch-summary">{result.summary}</span>}
        {result && result.refusals.length > 0 && (
          <ul className="batch-refusals">
            {result.refusals.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
