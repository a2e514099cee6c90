import { useId, type ChangeEvent } from 'react';
import { buttonClass, type ButtonVariant } from './button';

/** The props of FilePicker. */
export type FilePickerProps = {
  /** The button's words, e.g. 选择文件. */
  readonly label: string;
  readonly accept?: string;
  readonly multiple?: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly disabled?: boolean;
  readonly variant?: ButtonVariant;
  /** The input's accessible name, when it should say more than the button. */
  readonly inputLabel?: string;
  /** A line under the button (formats read, size limits). */
  readonly hint?: string;
};

/**
 * A file picker that looks like a button of the system: the real `<input type="file">` stays
 * focusable but unseen, labelled by the button's words; its value is cleared after each pick so
 * the same file can be picked again.
 */
export function FilePicker({
  label,
  accept,
  multiple,
  onFiles,
  disabled,
  variant = 'secondary',
  inputLabel,
  hint,
}: FilePickerProps) {
  const id = useId();
  function onChange(e: ChangeEvent<HTMLInputElement>): void {
    const files = Array.from(e.currentTarget.files ?? []);
    e.currentTarget.value = '';
    if (files.length > 0) onFiles(files);
  }
  return (
    <span className="ui-file-picker">
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-label={inputLabel}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={onChange}
      />
      <label htmlFor={id} className={buttonClass(variant)}>
        {label}
      </label>
      {hint !== undefined && (
        <span id={`${id}-hint`} className="ui-file-picker-hint">
          {hint}
        </span>
      )}
    </span>
  );
}
