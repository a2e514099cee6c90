import { REPORT_STATUSES, type ReportStatus } from '@/domain/drafts';
import { AllOrOneSelect, type Choice } from '@/components/form/all-or-one-select';
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

const STATUS_CHOICES: readonly Choice[] = REPORT_STATUSES.map((s) => ({
  value: s,
  label: STATUS_LABELS[s],
}));

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
      <AllOrOneSelect
        aria-label={D.filterYear}
        value={filter.year === null ? '' : String(filter.year)}
        allLabel={D.all}
        choices={years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(v) => onChange({ ...filter, year: v === '' ? null : Number(v) })}
      />
    </label>
  );
}

/** The status select: 全部 or one workflow status. */
function StatusFilter({ filter, onChange }: FilterProps) {
  return (
    <label className="drafts-filter">
      <span>{D.status}</span>
      <AllOrOneSelect
        aria-label={D.filterStatus}
        value={filter.status ?? ''}
        allLabel={D.all}
        choices={STATUS_CHOICES}
        onChange={(v) => onChange({ ...filter, status: parseStatus(v) })}
      />
    </label>
  );
}
