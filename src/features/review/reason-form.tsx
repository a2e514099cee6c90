import { useId, useMemo, type KeyboardEvent } from 'react';
import type { WorkflowActionType } from '@/domain/workflow';
import { commentSchema, reasonSchema, type ReasonKind } from '@/domain/schema/form-schemas';
import { Field, FieldTextarea } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { RF } from './form-strings';
import { R } from './strings';

/** What the text is: a reason (退回修改, 撤销定稿, 确认无误) or a comment / reply. */
export type TextKind = ReasonKind | 'comment';

/** The reason a workflow action asks for: 退回修改 → return, 撤销定稿 (unlock) → revoke. */
export function reasonKindOf(action: WorkflowActionType): TextKind {
  return action === 'return' ? 'return' : action === 'unlock' ? 'revoke' : 'comment';
}

type Props = {
  label: string;
  submitLabel: string;
  /** Which rules the text follows (default: a comment). */
  kind?: TextKind;
  disabled?: boolean;
  /** Called with the trimmed text; the form clears itself when it resolves. */
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
  cancelLabel?: string;
};

/**
 * A labelled text box with a submit button (reasons, comments, replies): the text is checked as
 * typed (the message under the box), the button is disabled until it passes; Ctrl+Enter submits.
 */
export function ReasonForm(props: Props) {
  const { label, submitLabel, kind = 'comment', disabled, onSubmit, onCancel } = props;
  const schema = useMemo(() => (kind === 'comment' ? commentSchema() : reasonSchema(kind)), [kind]);
  const form = useZodForm(schema, { defaultValues: { text: '' } });
  const idBase = useId();
  const error = form.formState.errors.text?.message;
  const submit = form.handleSubmit(async ({ text }) => {
    await onSubmit(text);
    form.reset({ text: '' });
  });
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (!disabled) void submit();
  }
  return (
    <form className="reason-form form-stack" noValidate onSubmit={(e) => void submit(e)}>
      <Field
        label={label}
        name="text"
        idBase={idBase}
        error={error}
        hint={kind === 'comment' ? RF.commentHint : RF.reasonHint}
      >
        <FieldTextarea rows={2} {...form.register('text')} onKeyDown={onKeyDown} />
      </Field>
      <div className="form-actions">
        <SubmitButton form={form} disabled={disabled}>
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {props.cancelLabel ?? R.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
