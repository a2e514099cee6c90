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
} from '@/features/drafts';
import { ImportButton } from '@/features/import';
import { StartScreenReview } from '@/features/review';
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

/**
 * `/`: the top bar (新建, 导入, 汇总工作台, 设置) over the list of reports, which follows every
 * change, in this tab or another one. 新建 opens its dialog from the bar or from the empty state.
 */
export function DraftsScreen({ topBar }: DraftsScreenProps) {
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
  const importButton = (
    <ImportButton
      onAccept={async (document, issues, options) =>
        openReport(await storeImport(store, document, issues, options))
      }
      findExisting={(document) => findExistingReport(store, document)}
      extra={<StartScreenReview store={store} openReport={openReport} reportHref={reportSearch} />}
    />
  );
  return (
    <>
      {topBar(
        <>
          <Button variant="primary" title={D.newOpenHint} onClick={() => setNewWay('blank')}>
            {D.newOpen}
          </Button>
          {importButton}
          <a className={buttonClass('ghost')} href="?workspace">
            {D.workspace}
          </a>
          <SettingsMenu store={store} storage={storage} onRestored={drafts.refresh} />
        </>,
      )}
      <DraftsPage
        store={store}
        drafts={drafts}
        reportHref={reportSearch}
        sampleHref="?view=sample"
        onNew={setNewWay}
        canFollowLastYear={canFollowLastYear}
        banner={<StorageNotice state={storage} />}
      />
      {newWay && (
        <NewReportDialog
          store={store}
          list={items}
          thisYear={thisYear}
          initialWay={newWay}
          onCreated={openReport}
          onClose={() => setNewWay(null)}
        />
      )}
    </>
  );
}
