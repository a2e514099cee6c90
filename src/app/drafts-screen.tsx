import { DraftsPage } from '@/features/drafts';
import { ImportButton } from '@/features/import';
import { StartScreenReview } from '@/features/review';
import { useReportStore } from './store-context';
import { reportSearch } from './route';
import { findExistingReport, storeImport } from './import-into-store';
import { OfflineNotice } from './offline-notice';
import { navigateTo } from './app-links';

function reportHref(id: string): string {
  return reportSearch(id);
}

function openReport(id: string): void {
  navigateTo(reportSearch(id));
}

/** `/`: the drafts list on the app's store, with the 导入 button of the import feature. */
export function DraftsScreen() {
  const store = useReportStore();
  const importButton = (
    <ImportButton
      onAccept={async (document, issues, options) =>
        openReport(await storeImport(store, document, issues, options))
      }
      findExisting={(document) => findExistingReport(store, document)}
    />
  );
  return (
    <>
      <OfflineNotice />
      <StartScreenReview store={store} openReport={openReport} reportHref={reportHref} />
      <DraftsPage
        store={store}
        reportHref={reportHref}
        openReport={openReport}
        sampleHref="?view=sample"
        extraActions={importButton}
      />
    </>
  );
}
