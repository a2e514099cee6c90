import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useFormState } from 'react-hook-form';
import type { ZodMiniObject } from 'zod/mini';
import { fieldIds } from '@/components/form/field';
import type { ZodForm } from '@/components/form/use-zod-form';
import type { metaFormSchema } from '@/domain/schema/form-schemas';
import { useCommittedMeta, type MetaKey } from './meta-field-view';
import type { ReportStore } from './report-store';
import { useStore } from './store-context';
import { F } from './form-strings';

/** The 报告信息 form's schema: the meta's fields under `meta`, so each input's name is its path. */
export type MetaSchema = ReturnType<typeof metaFormSchema>;
/** The 报告信息 form. */
export type MetaForm = ZodForm<ZodMiniObject<{ meta: MetaSchema }>>;

/** What a field of 报告信息 is given: its form, schema and field, and the plain field's handover. */
export type MetaFieldInput = {
  form: MetaForm;
  schema: MetaSchema;
  field: MetaKey;
  /** Typed in the plain field before the form loaded: taken over on mount. */
  draft?: string;
  /** Whether the plain field had focus then: the draft stays a draft, and focus comes here. */
  focused?: boolean;
};

/** A field's registration, key handler and error: previews, commits and reverts what is typed. */
export function useMetaField({ form, schema, field, draft, focused }: MetaFieldInput) {
  const path = `meta.${field}` as const;
  const store = useStore();
  const committed = useCommittedMeta(field);
  const { errors } = useFormState({ control: form.control, name: path });
  useFollowCommitted(form, path, committed);
  const edit = metaEditing({ form, schema, field, store, committed });
  const registered = form.register(path, { onChange: edit.preview, onBlur: edit.commit });
  useTakeOverDraft(edit, draft, focused);
  return { registered, onKeyDown: edit.onKeyDown, error: errors.meta?.[field]?.message };
}

/** Puts the stored value back in the field whenever it changes in the store. */
function useFollowCommitted(form: MetaForm, path: `meta.${MetaKey}`, committed: string): void {
  const shown = useRef(committed);
  useEffect(() => {
    // The stored value changed (a commit, undo/redo, a paste or restore): show it, drop the draft.
    if (shown.current === committed) return;
    shown.current = committed;
    form.resetField(path, { defaultValue: committed });
  }, [form, path, committed]);
}

type EditingInput = Pick<MetaFieldInput, 'form' | 'schema' | 'field'> & {
  store: ReportStore;
  /** The stored text of the field. */
  committed: string;
};

/** What is typed: previewed while valid, committed (one undo step), or dropped on Escape. */
function metaEditing({ form, schema, field, store, committed }: EditingInput) {
  const path = `meta.${field}` as const;
  const parse = (text: string) => schema.shape[field].safeParse(text);
  const typed = () => String(form.getValues(path));
  function commit(): void {
    const text = typed();
    const r = text === committed ? null : parse(text);
    if (r?.success) store.set(path, r.data, F.editMeta);
    else store.cancelPreview();
  }
  function preview(): void {
    const r = parse(typed());
    if (r.success) store.preview(path, r.data);
    else store.cancelPreview();
  }
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
  return { form, store, path, committed, parse, commit, preview, onKeyDown };
}

/** Takes over, once on mount, the draft the plain field held (see MetaFieldInput). */
function useTakeOverDraft(
  edit: ReturnType<typeof metaEditing>,
  draft: string | undefined,
  focused: boolean | undefined,
): void {
  useLayoutEffect(() => {
    const { form, store, path } = edit;
    if (draft === undefined || draft === edit.committed) return;
    form.setValue(path, draft, { shouldDirty: true, shouldValidate: true });
    if (!focused) return edit.commit(); // it was left: as its blur would have
    const r = edit.parse(draft);
    if (r.success) store.preview(path, r.data);
    const input = document.getElementById(fieldIds(path).id);
    if (!(input instanceof HTMLInputElement)) return;
    input.focus();
    if (input.type === 'text') input.setSelectionRange(draft.length, draft.length);
    // Once, on mount: what the plain field held when the form arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
