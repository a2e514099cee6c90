import { useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { metaFormSchema } from '@/domain/schema/form-schemas';
import { useZodForm } from '@/components/form/use-zod-form';
import { MetaField } from './meta-field';
import { META_FIELDS, metaText, type MetaKey } from './meta-field-view';
import { useStore } from './store-context';

/** What was typed in the plain fields before the form loaded, and which field has focus. */
export type Handover = { drafts: ReadonlyMap<MetaKey, string>; focused: MetaKey | null };

/** Props of MetaFormLive. */
export type MetaFormLiveProps = {
  /** The default title, shown in the empty 标题. */
  placeholder: string;
  /** Read once, on mount: the plain fields' drafts and focus, taken over by the form. */
  handover: () => Handover;
};

/** 报告信息 as a react-hook-form form validated by the domain's meta schema (form-schemas.ts). */
export function MetaFormLive({ placeholder, handover }: MetaFormLiveProps) {
  const store = useStore();
  // The year's bounds follow the clock of the machine the clerk works on (next year at most).
  const schema = useMemo(() => metaFormSchema({ thisYear: new Date().getFullYear() }), []);
  const formSchema = useMemo(() => z.object({ meta: schema }), [schema]);
  const form = useZodForm(formSchema, { defaultValues: { meta: storedMeta(store) } });
  const [start] = useState(handover);
  return (
    <form className="meta-fields" data-live noValidate onSubmit={(e) => e.preventDefault()}>
      {META_FIELDS.map((f) => (
        <MetaField
          key={f.field}
          {...f}
          form={form}
          schema={schema}
          placeholder={f.field === 'title' ? placeholder : undefined}
          draft={start.drafts.get(f.field)}
          focused={start.focused === f.field}
        />
      ))}
    </form>
  );
}

function storedMeta(store: ReturnType<typeof useStore>) {
  const meta = store.getCommitted().meta;
  return {
    agency: metaText(meta.agency),
    year: metaText(meta.year),
    title: metaText(meta.title),
    publishedOn: metaText(meta.publishedOn),
  };
}
