import { useCallback, type InputHTMLAttributes, type Ref } from 'react';
import { getAtPath, type ReportMeta } from '@/domain';
import { Field, FieldInput, fieldIds } from '@/components/form/field';
import { describedById } from './focus-field';
import { DOCUMENT } from './report-store';
import { useStore } from './store-context';
import { useFlag, useKey } from './use-cell';
import { S } from './strings';

/** A field of 报告信息 (a key of the report's meta). */
export type MetaKey = keyof ReportMeta;

/** How one field of 报告信息 is shown. */
export type MetaFieldDef = {
  readonly field: MetaKey;
  readonly label: string;
  readonly type?: 'text' | 'date';
  readonly className?: string;
};

/** The fields of 报告信息 in their order on the page. */
export const META_FIELDS: readonly MetaFieldDef[] = [
  { field: 'agency', label: S.agency },
  { field: 'year', label: S.year, className: 'field-year' },
  { field: 'title', label: S.title },
  { field: 'publishedOn', label: S.publishedOn, type: 'date', className: 'field-date' },
];

/** A meta value as its input shows it (null → empty). */
export function metaText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The stored (committed) text of a meta field: not the value being typed, which is a preview. */
export function useCommittedMeta(field: MetaKey): string {
  const store = useStore();
  // Read on every change of the stored document: a commit of the value being previewed changes
  // no value as shown, so the field's own key is not told.
  const read = useCallback(() => getAtPath(store.getCommitted(), `meta.${field}`), [store, field]);
  return metaText(useKey(DOCUMENT, read));
}

type Props = {
  field: MetaKey;
  label: string;
  /** The form's message for what is typed, if it is refused. */
  error?: string;
  className?: string;
  input: InputHTMLAttributes<HTMLInputElement> & { name: string; ref?: Ref<HTMLInputElement> };
};

/**
 * How a field of 报告信息 looks: label, input (named by its path), the form's error and the rules'
 * flag on the field (errors in red, warnings in amber), both describing the input.
 */
export function MetaFieldView({ field, label, error, className, input }: Props) {
  const path = `meta.${field}`;
  const flag = useFlag(path);
  const describedBy = [error !== undefined && fieldIds(path).errorId, flag && describedById(path)]
    .filter(Boolean)
    .join(' ');
  const tone =
    error !== undefined || flag?.severity === 'error' ? 'is-error' : flag ? 'is-warning' : '';
  return (
    <Field label={label} name={path} error={error} className={[className, tone].join(' ')}>
      <FieldInput {...input} aria-describedby={describedBy || undefined} />
      {flag && (
        <span id={describedById(path)} className="field-msg field-flag">
          {flag.messages.join('\n')}
        </span>
      )}
    </Field>
  );
}
