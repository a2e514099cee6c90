import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { gov2021 } from '@/domain';
import { WORKSPACE_TEXT as W, WorkspacePage } from '@/features/workspace';
import { buttonClass } from '@/components/ui/button';
import { useStorageState } from '@/features/drafts';
import type { ConsolidateRequest } from '@/features/workspace';
import { useReportStore } from './store-context';
import { reportSearch, workspaceSearch } from './route';
import { runConsolidation } from './consolidate-report';
import { navigateTo } from './app-links';
import { SettingsMenu } from './settings-menu';

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

/** The year shown (last year's when the address names none), kept in the address on change. */
function useWorkspaceYear(year: number | null) {
  const thisYear = new Date().getFullYear();
  const [current, setCurrent] = useState(year ?? thisYear - 1);
  const onYearChange = useCallback((y: number) => {
    setCurrent(y);
    window.history.replaceState(null, '', workspaceSearch(y));
  }, []);
  return { thisYear, current, onYearChange };
}

export type WorkspaceScreenProps = {
  year: number | null;
  /** The app's top bar holding `actions` (as on the start screen, see drafts-screen.tsx). */
  topBar: (actions: ReactNode) => ReactNode;
};

/**
 * `/?workspace=<year>`: the office workspace on the app's store, under the app's top bar (我的报告
 * and 设置, where 我的身份 is set). Without a year it opens last year's: in January the 政务公开办
 * receives the reports of the year just ended.
 */
export function WorkspaceScreen({ year, topBar }: WorkspaceScreenProps) {
  const store = useReportStore();
  const storage = useStorageState();
  // A restore from a backup (in 设置) replaces the reports: the workspace reads them again.
  const [restored, setRestored] = useState(0);
  usePreloadEditor();
  const { thisYear, current, onYearChange } = useWorkspaceYear(year);
  const consolidate = useCallback(
    (request: ConsolidateRequest) => runConsolidation(store, gov2021, request),
    [store],
  );
  return (
    <>
      {topBar(
        <>
          <a className={buttonClass('ghost')} href="./" title={W.myReportsHint}>
            {W.myReports}
          </a>
          <SettingsMenu
            store={store}
            storage={storage}
            onRestored={() => setRestored((n) => n + 1)}
          />
        </>,
      )}
      <WorkspacePage
        key={restored}
        store={store}
        year={current}
        thisYear={thisYear}
        onYearChange={onYearChange}
        reportHref={reportHref}
        openReport={openReport}
        consolidate={consolidate}
      />
    </>
  );
}
