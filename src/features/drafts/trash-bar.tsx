import { useState } from 'react';
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
      <button type="button" onClick={onToggle} aria-pressed={trash}>
        {trash ? D.closeTrash : D.openTrash(count)}
      </button>
      {trash && count > 0 && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {D.emptyTrashAction}
        </button>
      )}
      {trash && confirming && (
        <span role="group" aria-label={D.emptyTrashAction} className="confirm">
          {D.emptyTrashConfirm(count)}
          <button type="button" onClick={() => (setConfirming(false), onEmpty())}>
            {D.confirmEmpty}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {D.cancel}
          </button>
        </span>
      )}
    </div>
  );
}
