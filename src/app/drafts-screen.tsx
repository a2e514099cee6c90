import { useMemo, useState, type ReactNode } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import {
  DRAFTS_TEXT as D,
  DraftsPage,
  lastYearSources,
  NewReportDialog,
  StorageNotice,
  useDrafts,
  useStorageState,
  type NewReportWay,
  type StorageState,
} from '@/features/drafts';
import { ImportButton } from '@/features/import';
import { StartScreenReview } from '@/features/review';
import type { ReportStore } from '@/storage/report-store';
import { navigateTo } from './app-links';
import { findExistingReport, storeImport } from './import-into-store';
import { reportSearch } from './route';
import { SettingsMenu } from './settings-menu';
import { useReportStore } from './store-context';

function openReport(id: string): void {
  navigateTo(reportSearch(id));
}

export type DraftsScreenProps = {
  /**
   * The app's top bar holding `actions` (app.tsx passes it: the bar is drawn by the app's own
   * code, so this screen's chunk and the app's do not share a third one).
   */
  topBar: (actions: ReactNode) => ReactNode;
};

/** The screen's state: the store, its list of reports, and the way 新建 was opened on (if open). */
function useDraftsScreen() {
  const store = useReportStore();
  const drafts = useDrafts(store);
  const storage = useStorageState();
  const [newWay, setNewWay] = useState<NewReportWay | null>(null);
  const thisYear = new Date().getFullYear();
  const items = useMemo(
    () => (drafts.list.kind === 'ready' ? drafts.list.items : []),
    [drafts.list],
  );
  const canFollowLastYear = lastYearSources(items, thisYear).length > 0;
  return { store, drafts, storage, newWay, setNewWay, thisYear, items, canFollowLastYear };
}

/**
 * `/`: the top bar (新建, 导入, 汇总工作台, 设置) over the list of reports, which follows every
 * change, in this tab or another one. 新建 opens its dialog from the bar or from the empty state.
 */
export function DraftsScreen({ topBar }: DraftsScreenProps) {
  const { store, drafts, storage, newWay, setNewWay, ...forNew } = useDraftsScreen();
  return (
    <>
      {topBar(
        <TopBarActions
          store={store}
          storage={storage}
          onNew={() => setNewWay('blank')}
          onRestored={drafts.refresh}
        />,
      )}
      <DraftsPage
        store={store}
        drafts={drafts}
        reportHref={reportSearch}
        sampleHref="?view=sample"
        onNew={setNewWay}
        canFollowLastYear={forNew.canFollowLastYear}
        banner={<StorageNotice state={storage} />}
      />
      {newWay && (
        <NewReportDialog
          store={store}
          list={forNew.items}
          thisYear={forNew.thisYear}
          initialWay={newWay}
          onCreated={openReport}
          onClose={() => setNewWay(null)}
        />
      )}
    </>
  );
}

type TopBarActionsProps = {
  store: ReportStore;
  storage: StorageState;
  /** Opens the 新建 dialog (on a blank report). */
  onNew: () => void;
  /** After a restore from a backup: the list is read again. */
  onRestored: () => void;
};

/** The bar's actions: 新建, 导入 (with the review of reports sent in), 汇总工作台, 设置. */
function TopBarActions({ store, storage, onNew, onRestored }: TopBarActionsProps) {
  return (
    <>
      <Button variant="primary" title={D.newOpenHint} onClick={onNew}>
        {D.newOpen}
      </Button>
      <ImportButton
        onAccept={async (document, issues, options) =>
          openReport(await storeImport(store, document, issues, options))
        }
        findExisting={(document) => findExistingReport(store, document)}
        extra={
          <StartScreenReview store={store} openReport={openReport} reportHref={reportSearch} />
        }
      />
      <a className={buttonClass('ghost')} href="?workspace">
        {D.workspace}
      </a>
      <SettingsMenu store={store} storage={storage} onRestored={onRestored} />
    </>
  );
}
