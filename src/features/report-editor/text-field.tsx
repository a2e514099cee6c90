import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useStore } from './store-context';
import { useCellView } from './use-cell';
import { describedById, refusalId } from './focus-field';

/** Reads what was typed into a field's value, or refuses it with a reason. */
export type FieldParse = (
  text: string,
) => { ok: true; value: unknown } | { ok: false; reason: string };

type Props = {
  path: string;
  label?: string;
  labelledBy?: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  parse?: FieldParse;
  format?: (value: unknown) => string;
  className?: string;
};

const asText: FieldParse = (text) => ({ ok: true, value: text });
const showText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * The text being typed into field `path` (null: none), previewed while valid; committed on blur
 * as one undo step, or refused with its reason; Esc drops it.
 */
function useFieldDraft(path: string, parse: FieldParse, refused: boolean) {
  const store = useStore();
  const [draft, setDraft] = useState<string | null>(null);
  function onChange(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const text = e.target.value;
    setDraft(text);
    if (refused) store.refuse(path, null);
    const r = parse(text);
    if (r.ok) store.preview(path, r.value);
    else store.cancelPreview();
  }
  function onBlur() {
    if (draft === null) return;
    setDraft(null);
    const r = parse(draft);
    if (r.ok) return store.set(path, r.value);
    store.cancelPreview();
    store.refuse(path, r.reason);
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || draft === null || e.nativeEvent.isComposing) return;
    e.preventDefault();
    setDraft(null);
    store.cancelPreview();
  }
  return { draft, handlers: { onChange, onBlur, onKeyDown } };
}

function fieldClass(className: string | undefined, error: boolean, flagged: boolean): string {
  return ['field', className ?? '', error ? 'is-error' : flagged ? 'is-warning' : ''].join(' ');
}

/** A text input or growing text area bound to one field path; committed on blur as one undo step. */
export function TextField(props: Props) {
  const { path, parse = asText, format = showText, multiline = false } = props;
  const { value, flag, refusal } = useCellView(path);
  const { draft, handlers } = useFieldDraft(path, parse, refusal !== undefined);
  const error = flag?.severity === 'error' || refusal !== undefined;
  const common = {
    name: path,
    id: `field-${path}`,
    value: draft ?? format(value),
    'aria-label': props.label,
    'aria-labelledby': props.labelledBy,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby':
      [refusal && refusalId(path), flag && describedById(path)].filter(Boolean).join(' ') ||
      undefined,
    'data-dirty': draft !== null ? 'true' : undefined,
    placeholder: props.placeholder,
    ...handlers,
  };
  return (
    <div className={fieldClass(props.className, error, flag !== undefined)}>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={props.type ?? 'text'} autoComplete="off" />
      )}
      {refusal && (
        <span id={refusalId(path)} role="alert" className="field-msg">
          {refusal}
        </span>
      )}
      {flag && (
        <span id={describedById(path)} className="field-msg field-flag">
          {flag.messages.join('\n')}
        </span>
      )}
    </div>
  );
}
