import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { D } from './strings';

type TrashBarProps = {
  trash: boolean;
  count: number;
  onToggle: () => void;
  onEmpty: () => void;
};

/** Switches between the list and the 回收站; 清空回收站 asks once more before purging. */
export function TrashBar({ trash, count, onToggle, onEmpty }: TrashBarProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="trash-bar">
      <Button variant="ghost" onClick={onToggle} aria-pressed={trash}>
        {trash ? D.closeTrash : D.openTrash(count)}
      </Button>
      {trash && count > 0 && !confirming && (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {D.emptyTrashAction}
        </Button>
      )}
      {trash && confirming && (
        <span role="group" aria-label={D.emptyTrashAction} className="confirm">
          {D.emptyTrashConfirm(count)}
          <Button variant="danger" onClick={() => (setConfirming(false), onEmpty())}>
            {D.confirmEmpty}
          </Button>
          <Button onClick={() => setConfirming(false)}>{D.cancel}</Button>
        </span>
      )}
    </div>
  );
}
