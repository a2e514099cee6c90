import { useState } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { buildNewReport, lastYearSources, type NewReportChoice } from './logic/new-report';
import { createReport } from './use-draft-actions';
import { D } from './strings';

type Kind = NewReportChoice['kind'];

type NewReportPanelProps = {
  store: ReportStore;
  list: readonly ReportSummary[];
  thisYear: number;
  onCreated: (id: string) => void;
};

async function choiceOf(store: ReportStore, kind: Kind, form: FormState): Promise<NewReportChoice> {
  if (kind === 'blank') return { kind, agency: form.agency, year: form.year };
  if (kind === 'sample') return { kind };
  const loaded = await store.load(form.sourceId);
  if (!loaded?.ok) throw new Error(loaded?.error ?? D.newSourceNone);
  return { kind, previous: loaded.record.document };
}

type FormState = { agency: string; year: number; sourceId: string };

function KindChoice({ kind, onChange }: { kind: Kind; onChange: (k: Kind) => void }) {
  const options: [Kind, string][] = [
    ['blank', D.newBlank],
    ['sample', D.newSample],
    ['lastYear', D.newLastYear],
  ];
  return (
    <fieldset className="new-kind">
      <legend>{D.newKind}</legend>
      {options.map(([k, label]) => (
        <label key={k}>
          <input type="radio" name="new-kind" checked={kind === k} onChange={() => onChange(k)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** 新建: blank (agency, year), from the sample, or from last year's report. */
export function NewReportPanel({ store, list, thisYear, onCreated }: NewReportPanelProps) {
  const sources = lastYearSources(list);
  const [kind, setKind] = useState<Kind>('blank');
  const [form, setForm] = useState<FormState>({ agency: '', year: thisYear - 1, sourceId: '' });
  const [error, setError] = useState<string | null>(null);
  const source = sources.find((s) => s.id === form.sourceId) ?? sources[0];
  async function submit() {
    setError(null);
    try {
      const choice = await choiceOf(store, kind, { ...form, sourceId: source?.id ?? '' });
      onCreated(await createReport(store, buildNewReport(choice)));
    } catch (e) {
      setError(D.createFailed(e instanceof Error ? e.message : String(e)));
    }
  }
  return (
    <section className="new-report" aria-labelledby="new-report-title">
      <h2 id="new-report-title">{D.newTitle}</h2>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <KindChoice kind={kind} onChange={setKind} />
        {kind === 'blank' && <BlankFields form={form} onChange={setForm} />}
        {kind === 'lastYear' && (
          <SourceField
            sources={sources}
            source={source}
            onChange={(sourceId) => setForm({ ...form, sourceId })}
          />
        )}
        <button type="submit" disabled={kind === 'lastYear' && !source}>
          {D.create}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}

function BlankFields({ form, onChange }: { form: FormState; onChange: (f: FormState) => void }) {
  return (
    <div className="new-fields">
      <label>
        {D.newAgency}
        <input
          value={form.agency}
          onChange={(e) => onChange({ ...form, agency: e.target.value })}
        />
      </label>
      <label>
        {D.newYear}
        <input
          type="number"
          min={2008}
          max={2100}
          value={form.year}
          onChange={(e) => onChange({ ...form, year: Number(e.target.value) })}
        />
      </label>
    </div>
  );
}

type SourceFieldProps = {
  sources: ReportSummary[];
  source: ReportSummary | undefined;
  onChange: (id: string) => void;
};

function SourceField({ sources, source, onChange }: SourceFieldProps) {
  if (!source) return <p>{D.newSourceNone}</p>;
  const nextYear = source.year + 1;
  return (
    <div className="new-fields">
      <label>
        {D.newSource}
        <select value={source.id} onChange={(e) => onChange(e.target.value)}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {D.newSourceOption(s.agency, s.year)}（{s.title}）
            </option>
          ))}
        </select>
      </label>
      <p className="new-hint">{D.newLastYearHint(nextYear)}</p>
    </div>
  );
}
