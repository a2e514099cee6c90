import { DraftsPage } from '@/features/drafts';
import { useReportStore } from './store-context';
import { reportSearch } from './route';

function reportHref(id: string): string {
  return reportSearch(id);
}

function openReport(id: string): void {
  window.location.assign(reportSearch(id));
}

/** `/`: the drafts list on the app's store. */
export function DraftsScreen() {
  const store = useReportStore();
  return (
    <DraftsPage
      store={store}
      reportHref={reportHref}
      openReport={openReport}
      sampleHref="?view=sample"
    />
  );
}
