import type { ButtonHTMLAttributes, Ref } from 'react';

/** The look of a button: one primary action per screen, danger for what removes or sends back. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

/** The props of Button: a native button's, plus its variant and size. */
export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  readonly variant?: ButtonVariant;
  readonly size?: 'sm' | 'md';
  readonly ref?: Ref<HTMLButtonElement>;
};

/** The class list of a `.btn` of this variant and size (for links or labels that look like buttons). */
export function buttonClass(
  variant: ButtonVariant = 'secondary',
  size: 'sm' | 'md' = 'md',
  extra?: string,
): string {
  return ['btn', `btn-${variant}`, size === 'sm' ? 'btn-sm' : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
}

/** A button of the visual system; `type="button"` unless told otherwise, so it never submits by accident. */
export function Button({
  variant = 'secondary',
  size = 'md',
  className,
  type = 'button',
  ref,
  ...rest
}: ButtonProps) {
  return (
    <button ref={ref} type={type} className={buttonClass(variant, size, className)} {...rest} />
  );
}
