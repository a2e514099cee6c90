import { useCallback, useEffect, useState } from 'react';
import { gov2021 } from '@/domain';
import { WorkspacePage } from '@/features/workspace';
import type { ConsolidateRequest } from '@/features/workspace';
import { useReportStore } from './store-context';
import { reportSearch, workspaceSearch } from './route';
import { runConsolidation } from './consolidate-report';
import { navigateTo } from './app-links';

function reportHref(id: string): string {
  return reportSearch(id);
}

/** Opens a report in the page (app-links.ts): a new 汇总 opens without loading the app again. */
function openReport(id: string): void {
  navigateTo(reportSearch(id));
}

/** The editor's code, fetched once the workspace is idle: a report or a new 汇总 opens at once. */
function usePreloadEditor(): void {
  useEffect(() => {
    const load = () => void import('./persisted-editor/persisted-editor-page').catch(() => {});
    if (typeof requestIdleCallback !== 'function') return void setTimeout(load, 200);
    const handle = requestIdleCallback(load, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }, []);
}

/**
 * `/?workspace=<year>`: the office workspace on the app's store. Without a year it opens last
 * year's: in January the 政务公开办 receives the reports of the year just ended.
 */
export function WorkspaceScreen({ year }: { year: number | null }) {
  const store = useReportStore();
  usePreloadEditor();
  const thisYear = new Date().getFullYear();
  const [current, setCurrent] = useState(year ?? thisYear - 1);
  const onYearChange = useCallback((y: number) => {
    setCurrent(y);
    window.history.replaceState(null, '', workspaceSearch(y));
  }, []);
  const consolidate = useCallback(
    (request: ConsolidateRequest) => runConsolidation(store, gov2021, request),
    [store],
  );
  return (
    <WorkspacePage
      store={store}
      year={current}
      thisYear={thisYear}
      onYearChange={onYearChange}
      reportHref={reportHref}
      openReport={openReport}
      backHref="./"
      consolidate={consolidate}
    />
  );
}
