import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useFormState } from 'react-hook-form';
import type { ZodMiniObject } from 'zod/mini';
import { fieldIds } from '@/components/form/field';
import type { ZodForm } from '@/components/form/use-zod-form';
import type { metaFormSchema } from '@/domain/schema/form-schemas';
import { MetaFieldView, useCommittedMeta, type MetaKey } from './meta-field-view';
import { useStore } from './store-context';
import { F } from './form-strings';

/** The 报告信息 form's schema: the meta's fields under `meta`, so each input's name is its path. */
export type MetaSchema = ReturnType<typeof metaFormSchema>;
/** The 报告信息 form. */
export type MetaForm = ZodForm<ZodMiniObject<{ meta: MetaSchema }>>;

type Props = {
  form: MetaForm;
  schema: MetaSchema;
  field: MetaKey;
  label: string;
  type?: 'text' | 'date';
  placeholder?: string;
  className?: string;
  /** Typed in the plain field before the form loaded: taken over on mount. */
  draft?: string;
  /** Whether the plain field had focus then: the draft stays a draft, and focus comes here. */
  focused?: boolean;
};

/**
 * One field of 报告信息 in the form. The form validates what is typed; a valid value is previewed
 * while typed and committed to the editor's store on blur or Enter (one undo step); an invalid one
 * never reaches the store. When the stored value changes (undo, paste, restore), the field follows.
 */
export function MetaField(props: Props) {
  const { form, schema, field, label, type = 'text', draft, focused } = props;
  const path = `meta.${field}` as const;
  const store = useStore();
  const committed = useCommittedMeta(field);
  const { errors } = useFormState({ control: form.control, name: path });

  const shown = useRef(committed);
  useEffect(() => {
    // The stored value changed (a commit, undo/redo, a paste or restore): show it, drop the draft.
    if (shown.current === committed) return;
    shown.current = committed;
    form.resetField(path, { defaultValue: committed });
  }, [form, path, committed]);

  const parse = (text: string) => schema.shape[field].safeParse(text);
  const typed = () => String(form.getValues(path));
  function commit(): void {
    const text = typed();
    const r = text === committed ? null : parse(text);
    if (r?.success) store.set(path, r.data, F.editMeta);
    else store.cancelPreview();
  }
  const registered = form.register(path, {
    onChange: () => {
      const r = parse(typed());
      if (r.success) store.preview(path, r.data);
      else store.cancelPreview();
    },
    onBlur: commit,
  });
  useLayoutEffect(() => {
    if (draft === undefined || draft === committed) return;
    form.setValue(path, draft, { shouldDirty: true, shouldValidate: true });
    if (!focused) return commit(); // it was left: as its blur would have
    const r = parse(draft);
    if (r.success) store.preview(path, r.data);
    const input = document.getElementById(fieldIds(path).id);
    if (!(input instanceof HTMLInputElement)) return;
    input.focus();
    if (input.type === 'text') input.setSelectionRange(draft.length, draft.length);
    // Once, on mount: what the plain field held when the form arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && typed() !== committed) {
      e.preventDefault();
      form.resetField(path, { defaultValue: committed });
      store.cancelPreview();
    }
  }
  return (
    <MetaFieldView
      field={field}
      label={label}
      error={errors.meta?.[field]?.message}
      className={props.className}
      input={{ ...registered, type, placeholder: props.placeholder, onKeyDown }}
    />
  );
}
