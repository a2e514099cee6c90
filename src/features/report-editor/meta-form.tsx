import { defaultTitle } from '@/domain';
import { TextField, type FieldParse } from './text-field';
import { useFieldValue } from './use-cell';
import { S } from './strings';

const parseYear: FieldParse = (text) => {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{4}$/.test(t) ? { ok: true, value: Number(t) } : { ok: false, reason: S.yearInvalid };
};
const orNull: FieldParse = (text) => ({ ok: true, value: text.trim() === '' ? null : text });

/** The report's meta: 机关名称, 年度, title (blank = the default title), 成文日期. */
export function MetaForm() {
  const agency = useFieldValue('meta.agency');
  const year = useFieldValue('meta.year');
  const placeholder = defaultTitle(String(agency ?? ''), Number(year));
  return (
    <section
      id="section-meta"
      className="editor-section meta-form"
      aria-labelledby="section-meta-title"
    >
      <h2 id="section-meta-title" tabIndex={-1}>
        {S.metaTitle}
      </h2>
      <div className="meta-grid">
        <label htmlFor="field-meta.agency">{S.agency}</label>
        <TextField path="meta.agency" />
        <label htmlFor="field-meta.year">{S.year}</label>
        <TextField path="meta.year" parse={parseYear} className="field-year" />
        <label htmlFor="field-meta.title">{S.title}</label>
        <TextField path="meta.title" parse={orNull} placeholder={placeholder} />
        <label htmlFor="field-meta.publishedOn">{S.publishedOn}</label>
        <TextField path="meta.publishedOn" type="date" parse={orNull} className="field-date" />
      </div>
    </section>
  );
}
