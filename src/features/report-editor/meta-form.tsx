import { useRef, type RefObject } from 'react';
import { defaultTitle, getAtPath } from '@/domain';
import { readMetaText } from '@/domain/schema/meta-text';
import { lazyComponent, useAfterFirstPaint } from '@/components/ui/lazy-component';
import {
  META_FIELDS,
  MetaFieldView,
  useCommittedMeta,
  type MetaFieldDef,
  type MetaKey,
} from './meta-field-view';
import { useFieldValue } from './use-cell';
import { useStore } from './store-context';
import type { ReportStore } from './report-store';
import { F } from './form-strings';
import { S } from './strings';
import './meta-form.css';

// The form (react-hook-form, its zod resolver and zod/mini: ~25 kB gzip) is a chunk of its own,
// loaded once the editor has painted: in the first load it would take the editor past its
// budget (bench/README.md). Until it arrives the same fields are plain inputs showing the stored
// values; what is typed there meanwhile is handed over to the form (see MetaFormLive).
const live = lazyComponent(() => import('./meta-form-live').then((m) => m.MetaFormLive));

/** The report's meta: 机关名称, 年度, title (blank = the default title), 成文日期. */
export function MetaForm() {
  const agency = useFieldValue('meta.agency');
  const year = useFieldValue('meta.year');
  const placeholder = defaultTitle(String(agency ?? ''), Number(year));
  const loaded = live.useComponent(useAfterFirstPaint());
  const store = useStore();
  const draftsRef = useRef(new Map<MetaKey, string>());
  const focusedRef = useRef<MetaKey | null>(null);
  const handover = () => ({ drafts: draftsRef.current, focused: focusedRef.current });
  return (
    <section
      id="section-meta"
      className="editor-section meta-form"
      aria-labelledby="section-meta-title"
    >
      <h2 id="section-meta-title" tabIndex={-1}>
        {S.metaTitle}
      </h2>
      {loaded.kind === 'ready' ? (
        <loaded.Component placeholder={placeholder} handover={handover} />
      ) : (
        <form className="meta-fields" noValidate onSubmit={(e) => e.preventDefault()}>
          {META_FIELDS.map((f) => (
            <PlainField
              key={f.field}
              {...f}
              placeholder={f.field === 'title' ? placeholder : undefined}
              readOnly={loaded.kind === 'failed'}
              store={store}
              draftsRef={draftsRef}
              focusedRef={focusedRef}
            />
          ))}
          {loaded.kind === 'failed' && <p role="alert">{F.metaLoadFailed}</p>}
        </form>
      )}
    </section>
  );
}

// A plain field writes the handover (drafts, focus) itself, through refs it is given as props: no
// closures per field are made at each render of the form.
type PlainProps = MetaFieldDef & {
  placeholder?: string;
  readOnly: boolean;
  store: ReportStore;
  /** What is typed in each field and not yet stored, handed over to the form when it loads. */
  draftsRef: RefObject<Map<MetaKey, string>>;
  /** The field with the focus, which the form keeps. */
  focusedRef: RefObject<MetaKey | null>;
};

/**
 * Stores what a plain field was left with, when it reads as a valid value (meta-text.ts, the
 * readers the form's schema uses too): a value typed and left before the form's code arrives
 * is saved at once, as the form would save it. A refused text stays a draft for the form, which
 * shows why once it has loaded. True when stored (or unchanged).
 */
function commitPlain(store: ReportStore, field: MetaKey, text: string): boolean {
  const path = `meta.${field}`;
  const read = readMetaText(field, text, new Date().getFullYear());
  if (!read.ok) return false;
  if (getAtPath(store.getCommitted(), path) !== read.value) store.set(path, read.value, F.editMeta);
  return true;
}

/** A field before the form has loaded: an uncontrolled input showing the stored value. */
function PlainField({ field, label, type, className, placeholder, readOnly, ...rest }: PlainProps) {
  const { store, draftsRef, focusedRef } = rest;
  const committed = useCommittedMeta(field);
  return (
    <MetaFieldView
      key={committed} // a new stored value (undo, paste) shows at once
      field={field}
      label={label}
      className={className}
      input={{
        name: `meta.${field}`,
        type,
        placeholder,
        defaultValue: committed,
        readOnly: readOnly || undefined,
        onInput: (e) => draftsRef.current.set(field, e.currentTarget.value),
        onFocus: () => {
          focusedRef.current = field;
          void live.preload().catch(() => {});
        },
        onBlur: (e) => {
          focusedRef.current = null;
          if (commitPlain(store, field, e.currentTarget.value)) draftsRef.current.delete(field);
        },
      }}
    />
  );
}
