import {
  createContext,
  use,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import './form.css';

type FieldIds = { id: string; errorId: string; hintId: string };
type FieldState = FieldIds & { invalid: boolean; hasHint: boolean };

const FieldContext = createContext<FieldState | null>(null);

/** The ids of a field's control, error and hint; `idBase` (default: the name) keeps repeated forms apart. */
export function fieldIds(name: string, idBase?: string): FieldIds {
  const base = idBase ?? name;
  return { id: `field-${base}`, errorId: `${base}-error`, hintId: `${base}-hint` };
}

/** The control's id, `aria-invalid` and `aria-describedby` (its error, then its hint). */
export function useFieldA11y(name: string, error?: string, idBase?: string) {
  const state = use(FieldContext);
  const ids = state ?? fieldIds(name, idBase);
  const invalid = state ? state.invalid : error !== undefined;
  const describedBy = [invalid && ids.errorId, state?.hasHint && ids.hintId].filter(Boolean);
  return {
    id: ids.id,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
  };
}

type FieldProps = {
  label: ReactNode;
  name: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  /** Prefix of the ids when the same form is on the page more than once (default: name). */
  idBase?: string;
  className?: string;
  children: ReactNode;
};

/** A labelled control with its hint and, under it, its error in red (`${name}-error`). */
export function Field(props: FieldProps) {
  const { label, name, error, hint, required, idBase, children } = props;
  const ids = fieldIds(name, idBase);
  const state = { ...ids, invalid: error !== undefined, hasHint: hint !== undefined };
  const cls = ['field', 'form-field', error !== undefined && 'is-invalid', props.className];
  return (
    <div className={cls.filter(Boolean).join(' ')}>
      <label htmlFor={ids.id}>
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      <FieldContext value={state}>{children}</FieldContext>
      {hint !== undefined && (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={ids.errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type Registered<E> = { name: string; ref?: Ref<E> };

/** An `<input>` inside a Field, taking RHF's `register(name)` result. */
export function FieldInput(
  props: InputHTMLAttributes<HTMLInputElement> & Registered<HTMLInputElement>,
) {
  const a11y = useFieldA11y(props.name);
  return <input type="text" autoComplete="off" {...a11y} {...props} />;
}

/** A `<textarea>` inside a Field, taking RHF's `register(name)` result. */
export function FieldTextarea(
  props: TextareaHTMLAttributes<HTMLTextAreaElement> & Registered<HTMLTextAreaElement>,
) {
  const a11y = useFieldA11y(props.name);
  return <textarea rows={3} {...a11y} {...props} />;
}

/** A `<select>` inside a Field, taking RHF's `register(name)` result and its options as children. */
export function FieldSelect(
  props: SelectHTMLAttributes<HTMLSelectElement> & Registered<HTMLSelectElement>,
) {
  const a11y = useFieldA11y(props.name);
  return <select {...a11y} {...props} />;
}
