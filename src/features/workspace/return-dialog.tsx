import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { WB } from './strings';

type ReturnDialogProps = {
  count: number;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** The reason being typed, the error if it is empty, and the submit that confirms and closes. */
function useReturnReason(onConfirm: ReturnDialogProps['onConfirm'], onClose: () => void) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim() === '') return setError(WB.reasonNeeded);
    onConfirm(reason.trim());
    onClose();
  }
  return { reason, setReason, error, submit };
}

/** 批量退回: one reason for every selected report. */
export function ReturnDialog({ count, onConfirm, onClose }: ReturnDialogProps) {
  const { reason, setReason, error, submit } = useReturnReason(onConfirm, onClose);
  const id = useId();
  const footer = (
    <>
      <Button onClick={onClose}>{WB.cancel}</Button>
      <Button type="submit" form={`${id}-form`} variant="danger">
        {WB.confirmReturn(count)}
      </Button>
    </>
  );
  return (
    <Dialog title={WB.reasonTitle} onClose={onClose} footer={footer}>
      <form id={`${id}-form`} className="field" onSubmit={submit}>
        <label htmlFor={`${id}-reason`}>{WB.reasonLabel}</label>
        <textarea
          id={`${id}-reason`}
          rows={4}
          value={reason}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error !== '' || undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <p id={`${id}-hint`} className="field-hint">
          {WB.reasonHint}
        </p>
      </form>
    </Dialog>
  );
}
