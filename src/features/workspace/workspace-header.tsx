import { useId } from 'react';
import { Button } from '@/components/ui/button';
import type { WorkspaceCounts } from './logic/rows';
import { W, WC } from './strings';

type WorkspaceHeaderProps = {
  year: number;
  years: readonly number[];
  counts: WorkspaceCounts | null;
  onYearChange: (year: number) => void;
  onConsolidate: () => void;
};

/** The title, the year, 已收 N / 应收 M with the problem totals, and 生成汇总报告. */
export function WorkspaceHeader(props: WorkspaceHeaderProps) {
  const { year, counts } = props;
  const id = useId();
  return (
    <div className="workspace-header">
      <div className="workspace-title">
        <h2>{W.titleOf(year)}</h2>
        <label htmlFor={id}>{W.year}</label>
        <select id={id} value={year} onChange={(e) => props.onYearChange(Number(e.target.value))}>
          {props.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="workspace-counts">
        {counts && (
          <p aria-live="polite">
            <strong data-count="received">{W.received(counts.received, counts.expected)}</strong>
            <span data-count="problems" data-errors={counts.errors}>
              {W.totals(counts.errors, counts.warnings)}
            </span>
            {counts.unchecked > 0 && <span>{W.unchecked(counts.unchecked)}</span>}
          </p>
        )}
        <Button variant="primary" onClick={props.onConsolidate}>
          {WC.open}
        </Button>
      </div>
    </div>
  );
}
