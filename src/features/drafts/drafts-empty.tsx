import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { NewReportWay } from './logic/new-report-form';
import { D } from './strings';

/** A blank page with a folded corner (no emoji: office machines often lack an emoji font). */
function DocumentIcon() {
  return (
    <svg
      width="40"
      height="40"
      viewBox="0 0 40 40"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M10 4h14l8 8v24H10z" strokeLinejoin="round" />
      <path d="M24 4v8h8M15 20h12M15 26h12M15 32h8" strokeLinecap="round" />
    </svg>
  );
}

/** No reports yet: the three ways to start, each opening 新建 on that way. */
export function DraftsEmpty({
  onNew,
  canFollowLastYear,
}: {
  onNew: (way: NewReportWay) => void;
  canFollowLastYear: boolean;
}) {
  return (
    <EmptyState
      icon={<DocumentIcon />}
      title={D.empty}
      description={
        <>
          {D.emptyHint}
          {!canFollowLastYear && (
            <span id="empty-last-year-reason" className="empty-reason">
              {D.newLastYearNone}
            </span>
          )}
        </>
      }
      actions={
        <>
          <Button variant="primary" onClick={() => onNew('blank')}>
            {D.newBlank}
          </Button>
          <Button onClick={() => onNew('sample')}>{D.newSample}</Button>
          <Button
            aria-disabled={!canFollowLastYear || undefined}
            aria-describedby={canFollowLastYear ? undefined : 'empty-last-year-reason'}
            onClick={() => canFollowLastYear && onNew('previous')}
          >
            {D.newLastYear}
          </Button>
        </>
      }
    />
  );
}
