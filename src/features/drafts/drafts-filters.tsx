import { REPORT_STATUSES, type ReportStatus } from '@/domain/drafts';
import type { DraftFilter } from './logic/filter-drafts';
import { D, STATUS_LABELS } from './strings';

type DraftsFiltersProps = {
  filter: DraftFilter;
  years: number[];
  onChange: (filter: DraftFilter) => void;
};

function parseStatus(value: string): ReportStatus | null {
  return REPORT_STATUSES.find((s) => s === value) ?? null;
}

type FilterProps = { filter: DraftFilter; onChange: (filter: DraftFilter) => void };

/** Text, year and status filters of the drafts list, in one row. */
export function DraftsFilters({ filter, years, onChange }: DraftsFiltersProps) {
  return (
    <div className="drafts-filters" role="search">
      <input
        type="search"
        className="drafts-search"
        aria-label={D.filterText}
        placeholder={D.filterText}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
      />
      <YearFilter filter={filter} years={years} onChange={onChange} />
      <StatusFilter filter={filter} onChange={onChange} />
    </div>
  );
}

/** The year select: 全部 or one of the years the reports are for. */
function YearFilter({ filter, years, onChange }: FilterProps & { years: number[] }) {
  return (
    <label className="drafts-filter">
      <span>{D.year}</span>
      <select
        aria-label={D.filterYear}
        value={filter.year ?? ''}
        onChange={(e) =>
          onChange({ ...filter, year: e.target.value === '' ? null : Number(e.target.value) })
        }
      >
        <option value="">{D.all}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The status select: 全部 or one workflow status. */
function StatusFilter({ filter, onChange }: FilterProps) {
  return (
    <label className="drafts-filter">
      <span>{D.status}</span>
      <select
        aria-label={D.filterStatus}
        value={filter.status ?? ''}
        onChange={(e) => onChange({ ...filter, status: parseStatus(e.target.value) })}
      >
        <option value="">{D.all}</option>
        {REPORT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
