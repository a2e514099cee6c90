import { useMemo, useState } from 'react';
import type { ReportSummary } from '@/storage/report-store';
import { filterDrafts, liveCount, NO_FILTER, trashCount, yearsOf } from './logic/filter-drafts';
import type { DraftsPageProps } from './drafts-page';
import { useDraftActions, type DraftActions } from './use-draft-actions';

function useRowActions(props: DraftsPageProps, actions: DraftActions) {
  const [renaming, setRenaming] = useState<ReportSummary | null>(null);
  const { duplicate, remove, restore, purge } = actions;
  const rowActions = useMemo(
    () => ({
      href: props.reportHref,
      duplicate: (id: string) => void duplicate(id),
      startRename: setRenaming,
      remove: (id: string) => void remove(id),
      restore: (id: string) => void restore(id),
      purge: (id: string) => void purge(id),
    }),
    [props.reportHref, duplicate, remove, restore, purge],
  );
  return { renaming, setRenaming, rowActions };
}

/** The start screen's state, as useDraftsPage gives it. */
export type DraftsPageState = ReturnType<typeof useDraftsPage>;

/** The actions of a row of the table (打开, 复制, 重命名…). */
export type RowActionHandlers = ReturnType<typeof useRowActions>['rowActions'];

/** The start screen's state: the list's actions, the report being renamed, the filter and counts. */
export function useDraftsPage(props: DraftsPageProps) {
  const { list, refresh } = props.drafts;
  const actions = useDraftActions(props.store, refresh);
  const { renaming, setRenaming, rowActions } = useRowActions(props, actions);
  const [filter, setFilter] = useState(NO_FILTER);
  const items = useMemo(() => (list.kind === 'ready' ? list.items : []), [list]);
  const rows = useMemo(() => filterDrafts(items, filter), [items, filter]);
  const years = useMemo(() => yearsOf(items), [items]);
  const live = liveCount(items);
  const trashed = trashCount(items);
  const empty = list.kind === 'ready' && !filter.trash && live === 0;
  return {
    list,
    actions,
    renaming,
    setRenaming,
    rowActions,
    filter,
    setFilter,
    items,
    rows,
    years,
    live,
    trashed,
    empty,
  };
}
