import { useId, useState, type FormEvent } from 'react';
import { R } from './strings';

type Props = {
  label: string;
  submitLabel: string;
  disabled?: boolean;
  /** Called with the trimmed text; the form clears itself when it resolves. */
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
  cancelLabel?: string;
};

/** A labelled text box with a submit button (reasons, comments, replies); empty text is not sent. */
export function ReasonForm({
  label,
  submitLabel,
  disabled,
  onSubmit,
  onCancel,
  cancelLabel,
}: Props) {
  const [text, setText] = useState('');
  const id = useId();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') return;
    await onSubmit(text.trim());
    setText('');
  }
  return (
    <form className="reason-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" disabled={disabled || text.trim() === ''}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {cancelLabel ?? R.cancel}
        </button>
      )}
    </form>
  );
}
