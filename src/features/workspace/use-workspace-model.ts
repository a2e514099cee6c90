import { useMemo } from 'react';
import { gov2021 } from '@/domain';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { buildWorkspace } from './logic/rows';
import { useWorkspaceData } from './use-workspace-data';
import { useComparisons } from './use-comparisons';
import { useWorkspaceTable } from './use-workspace-table';

const NO_SUMMARIES: ReportSummary[] = [];

/** The year's data, its rows and counts (与上年 filled in after the first paint), and the table. */
export function useWorkspaceModel(
  store: ReportStore,
  year: number,
  reportHref: (id: string) => string,
) {
  const { data, refresh } = useWorkspaceData(store, year);
  const ready = data.kind === 'ready';
  const summaries = ready ? data.summaries : NO_SUMMARIES;
  const roster = ready ? data.roster : null;
  const comparisons = useComparisons(gov2021, ready ? summaries : null, year);
  const model = useMemo(
    () => buildWorkspace(summaries, year, roster, comparisons),
    [summaries, year, roster, comparisons],
  );
  const table = useWorkspaceTable(model.rows, reportHref);
  return { data, refresh, summaries, roster, model, table };
}
