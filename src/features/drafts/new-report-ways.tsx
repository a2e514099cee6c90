import type { UseFormRegisterReturn } from 'react-hook-form';
import type { NewReportWay } from './logic/new-report-form';
import { D } from './strings';

type Way = { way: NewReportWay; label: string; hint: string };

const WAYS: readonly Way[] = [
  { way: 'blank', label: D.newBlank, hint: D.newBlankHint },
  { way: 'sample', label: D.newSample, hint: D.newSampleHint },
  { way: 'previous', label: D.newLastYear, hint: D.newLastYearCardHint },
];

/** The three ways to start, as radio cards; 由上年 is disabled, saying why, with no report to follow. */
export function NewReportWays({
  register,
  canFollowLastYear,
}: {
  register: UseFormRegisterReturn<'way'>;
  canFollowLastYear: boolean;
}) {
  return (
    <fieldset className="way-cards">
      <legend>{D.newKind}</legend>
      {WAYS.map(({ way, label, hint }) => {
        const disabled = way === 'previous' && !canFollowLastYear;
        const titleId = `new-way-${way}`;
        const hintId = `${titleId}-hint`;
        return (
          <label key={way} className="way-card" data-disabled={disabled || undefined}>
            <input
              type="radio"
              {...register}
              value={way}
              disabled={disabled}
              aria-labelledby={titleId}
              aria-describedby={hintId}
            />
            <span className="way-card-text">
              <span id={titleId} className="way-card-title">
                {label}
              </span>
              <span id={hintId} className="way-card-hint">
                {disabled ? D.newLastYearNone : hint}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
