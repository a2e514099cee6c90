import { useId, useState, type FormEvent } from 'react';
import { useModalDialog } from '@/components/ui/use-modal-dialog';
import { WB } from './strings';

type ReturnDialogProps = {
  count: number;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** 批量退回: one reason for every selected report. */
export function ReturnDialog({ count, onConfirm, onClose }: ReturnDialogProps) {
  const [ref, close] = useModalDialog(onClose);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const id = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim() === '') return setError(WB.reasonNeeded);
    onConfirm(reason.trim());
    close();
  }
  return (
    <dialog ref={ref} className="workspace-dialog" aria-labelledby={`${id}-title`}>
      <form method="dialog" onSubmit={submit}>
        <h2 id={`${id}-title`}>{WB.reasonTitle}</h2>
        <label htmlFor={`${id}-reason`}>{WB.reasonLabel}</label>
        <textarea
          id={`${id}-reason`}
          rows={4}
          value={reason}
          aria-describedby={`${id}-hint`}
          aria-invalid={error !== '' || undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={`${id}-hint`} className="workspace-muted">
          {WB.reasonHint}
        </p>
        {error && <p role="alert">{error}</p>}
        <div className="workspace-actions dialog-actions">
          <button type="submit" className="button primary">
            {WB.confirmReturn(count)}
          </button>
          <button type="button" onClick={close}>
            {WB.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
