import { useMemo, type KeyboardEvent } from 'react';
import { reasonSchema } from '@/domain/schema/form-schemas';
import { Field, FieldInput } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { F } from './form-strings';
import { S } from './strings';

/** Props of AckForm. */
export type AckFormProps = {
  /** Ids of this form's field: one form per warning can be open. */
  idBase: string;
  /** Called with the trimmed reason. */
  onSave: (reason: string) => void;
  onCancel: () => void;
};

/** 确认无误: the reason a warning is not a problem (2 to 500 characters); Enter saves, Esc cancels. */
export function AckForm({ idBase, onSave, onCancel }: AckFormProps) {
  const schema = useMemo(() => reasonSchema('ack'), []);
  const form = useZodForm(schema, { defaultValues: { text: '' } });
  const error = form.formState.errors.text?.message;
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key !== 'Escape' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    onCancel();
  }
  return (
    <form
      className="ack-form form-stack"
      noValidate
      onSubmit={(e) => void form.handleSubmit(({ text }) => onSave(text))(e)}
    >
      <Field label={S.ackReason} name="text" idBase={idBase} error={error}>
        <FieldInput
          {...form.register('text')}
          placeholder={F.ackHint}
          onKeyDown={onKeyDown}
          autoFocus
        />
      </Field>
      <div className="form-actions">
        <SubmitButton form={form} size="sm">
          {S.ackSave}
        </SubmitButton>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onCancel}>
          {S.ackCancel}
        </button>
      </div>
    </form>
  );
}
