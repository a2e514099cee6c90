import { Badge } from '@/components/ui/badge';
import type { DraftFilter } from './logic/filter-drafts';
import type { DraftActions } from './use-draft-actions';
import { DraftsFilters } from './drafts-filters';
import { TrashBar } from './trash-bar';
import { D } from './strings';

type DraftsHeaderProps = {
  filter: DraftFilter;
  onFilter: (filter: DraftFilter) => void;
  years: number[];
  live: number;
  trashed: number;
  /** Nothing to list (the empty state shows instead): no filters. */
  empty: boolean;
  sampleHref: string;
  actions: DraftActions;
};

/** The list's title with its count, 查看样例报告, the filters, 回收站 and what the last action did. */
export function DraftsHeader({
  filter,
  onFilter,
  live,
  trashed,
  empty,
  actions,
  ...p
}: DraftsHeaderProps) {
  return (
    <>
      <div className="drafts-head">
        <h2 id="drafts-title">{filter.trash ? D.trashTitle : D.title}</h2>
        <Badge>{D.countBadge(filter.trash ? trashed : live)}</Badge>
        <a className="drafts-sample-link" href={p.sampleHref}>
          {D.viewSample}
        </a>
      </div>
      <div className="drafts-toolbar">
        {!empty && <DraftsFilters filter={filter} years={p.years} onChange={onFilter} />}
        {(!empty || trashed > 0) && (
          <TrashBar
            trash={filter.trash}
            count={trashed}
            onToggle={() => onFilter({ ...filter, trash: !filter.trash })}
            onEmpty={() => void actions.emptyTrash()}
          />
        )}
      </div>
      {actions.notice && (
        <p className="drafts-notice" role={actions.notice.alert ? 'alert' : 'status'}>
          {actions.notice.text}
        </p>
      )}
    </>
  );
}
