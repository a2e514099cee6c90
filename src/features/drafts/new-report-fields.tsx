import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, FieldInput, FieldSelect } from '@/components/form/field';
import type { ReportSummary } from '@/storage/report-store';
import type { NewReportWay } from './logic/new-report-form';
import { D } from './strings';

type SourceFieldProps = {
  register: UseFormRegisterReturn<'sourceId'>;
  sources: readonly ReportSummary[];
  error?: string;
};

/** 由上年: which of last year's reports to follow. */
export function SourceField({ register, sources, error }: SourceFieldProps) {
  return (
    <Field label={D.newSource} name="sourceId" error={error} required>
      <FieldSelect {...register}>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {D.newSourceOption(s.agency, s.year)}（{s.title}）
          </option>
        ))}
      </FieldSelect>
    </Field>
  );
}

type NewReportFieldsProps = {
  way: NewReportWay;
  /** The year in the form, as a number (由上年: the year that follows the report chosen). */
  followed: number;
  agency: UseFormRegisterReturn<'agency'>;
  year: UseFormRegisterReturn<'year'>;
  errors: { agency?: string; year?: string };
};

/** 机关名称 and 报告年度: read-only, with a hint saying why, where the way fixes them. */
export function NewReportFields({ way, followed, agency, year, errors }: NewReportFieldsProps) {
  return (
    <div className="new-report-fields">
      <Field
        label={D.newAgency}
        name="agency"
        error={errors.agency}
        hint={way === 'sample' ? D.newSampleFixed : undefined}
        required
      >
        <FieldInput {...agency} readOnly={way === 'sample'} autoComplete="organization" />
      </Field>
      <Field
        label={D.newYear}
        name="year"
        error={errors.year}
        hint={way === 'previous' ? D.newYearFixed(followed) : undefined}
        required
      >
        <FieldInput {...year} readOnly={way !== 'blank'} inputMode="numeric" maxLength={4} />
      </Field>
    </div>
  );
}
