import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import type { ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'form'> & {
  // The form's control is all the button reads; any RHF form (of any values) fits.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: { control: Control<any, any, any> };
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  size?: 'sm' | 'md';
};

/** A form's submit button, disabled while the form is invalid or being submitted. */
export function SubmitButton({
  form,
  variant = 'primary',
  size,
  disabled,
  className,
  ...rest
}: Props) {
  const { isValid, isSubmitting } = useFormState<FieldValues>({ control: form.control });
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
