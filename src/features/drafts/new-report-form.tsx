import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { SubmitButton } from '@/components/form/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { newReportFormSchema, valuesForWay, type NewReportWay } from './logic/new-report-form';
import { buildNewReport, lastYearSources, type NewReportChoice } from './logic/new-report';
import { NewReportFields, SourceField } from './new-report-fields';
import { NewReportWays } from './new-report-ways';
import { createReport } from './use-draft-actions';
import { D } from './strings';

export type NewReportFormProps = {
  store: ReportStore;
  list: readonly ReportSummary[];
  thisYear: number;
  initialWay: NewReportWay;
  onCreated: (id: string) => void;
  onCancel: () => void;
};

type Parsed = { way: NewReportWay; agency: string; year: number; sourceId: string };

async function choiceOf(store: ReportStore, v: Parsed): Promise<NewReportChoice> {
  if (v.way === 'blank') return { kind: 'blank', agency: v.agency, year: v.year };
  if (v.way === 'sample') return { kind: 'sample' };
  const loaded = await store.load(v.sourceId);
  if (!loaded?.ok) throw new Error(loaded?.error ?? D.newSourceNone);
  return { kind: 'lastYear', previous: loaded.record.document, agency: v.agency };
}

const reason = (e: unknown) =>
  e instanceof Error && e.name === 'Error' ? e.message : describeStorageError(e);

/** The form's state: RHF on the schema, the way's values filled in when the way changes. */
function useNewReportForm(props: NewReportFormProps) {
  const { store, thisYear, onCreated } = props;
  const sources = useMemo(() => lastYearSources(props.list, thisYear), [props.list, thisYear]);
  const schema = useMemo(() => newReportFormSchema(thisYear), [thisYear]);
  const start =
    sources.length === 0 && props.initialWay === 'previous' ? 'blank' : props.initialWay;
  const form = useZodForm(schema, { defaultValues: valuesForWay(start, thisYear, sources[0]) });
  const [failure, setFailure] = useState<string | null>(null);
  const fill = (way: NewReportWay, sourceId?: string) => {
    const values = valuesForWay(
      way,
      thisYear,
      sources.find((s) => s.id === sourceId) ?? sources[0],
    );
    for (const key of ['agency', 'year', 'sourceId'] as const) {
      form.setValue(key, values[key], { shouldValidate: true });
    }
  };
  const submit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      onCreated(await createReport(store, buildNewReport(await choiceOf(store, v))));
    } catch (e) {
      setFailure(D.createFailed(reason(e)));
    }
  });
  return { form, sources, fill, submit, failure };
}

/** 新建报告: the way (radio cards), 机关名称, 报告年度 and, 由上年, last year's report; 创建并打开. */
export function NewReportForm(props: NewReportFormProps) {
  const { form, sources, fill, submit, failure } = useNewReportForm(props);
  const [way, year] = useWatch({ control: form.control, name: ['way', 'year'] });
  const errors = form.formState.errors;
  const followed = Number(year);
  return (
    <form className="new-report-form" aria-label={D.newTitle} noValidate onSubmit={submit}>
      <NewReportWays
        register={form.register('way', { onChange: (e) => fill(e.target.value) })}
        canFollowLastYear={sources.length > 0}
      />
      {way === 'previous' && (
        <SourceField
          register={form.register('sourceId', {
            onChange: (e) => fill('previous', e.target.value),
          })}
          sources={sources}
          error={errors.sourceId?.message}
        />
      )}
      <NewReportFields
        way={way}
        followed={followed}
        agency={form.register('agency')}
        year={form.register('year')}
        errors={{ agency: errors.agency?.message, year: errors.year?.message }}
      />
      {way === 'previous' && <p className="new-hint">{D.newLastYearHint(followed)}</p>}
      <NewReportFooter
        form={form}
        submitting={form.formState.isSubmitting}
        failure={failure}
        onCancel={props.onCancel}
      />
    </form>
  );
}

type NewReportFooterProps = {
  form: ReturnType<typeof useNewReportForm>['form'];
  submitting: boolean;
  /** Why the report could not be created, if it could not. */
  failure: string | null;
  onCancel: () => void;
};

/** The form's foot: why creating failed (if it did), 取消 and 创建并打开. */
function NewReportFooter({ form, submitting, failure, onCancel }: NewReportFooterProps) {
  return (
    <>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="form-actions new-report-actions">
        <Button onClick={onCancel}>{D.cancel}</Button>
        <SubmitButton form={form}>{submitting ? D.creating : D.create}</SubmitButton>
      </div>
    </>
  );
}
