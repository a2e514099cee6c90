import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import type { ButtonHTMLAttributes } from 'react';

type Props<T extends FieldValues> = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'form'
> & {
  // The form's control is all the button reads; the context and output types do not matter.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: { control: Control<T, any, any> };
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'sm' | 'md';
};

/** A form's submit button, disabled while the form is invalid or being submitted. */
export function SubmitButton<T extends FieldValues>(props: Props<T>) {
  const { form, variant = 'primary', size, disabled, className, ...rest } = props;
  const { isValid, isSubmitting } = useFormState({ control: form.control });
  const cls = ['btn', `btn-${variant}`, size === 'sm' && 'btn-sm', className];
  return (
    <button
      {...rest}
      type="submit"
      className={cls.filter(Boolean).join(' ')}
      disabled={disabled || !isValid || isSubmitting}
    />
  );
}
