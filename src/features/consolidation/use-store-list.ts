import { useEffect, useState } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';

/**
 * The store's list of reports, read when the 汇总 opens or is summed again (`version`) and each
 * time the page is shown again: a source edited in another tab makes the 汇总 out of date.
 */
export function useStoreList(
  store: ReportStore,
  version: unknown,
): readonly ReportSummary[] | null {
  const [list, setList] = useState<readonly ReportSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void store.list().then(
        (l) => live && setList(l),
        () => {}, // the editor's own reads say what is wrong with the store
      );
    const onShow = () => document.visibilityState === 'visible' && read();
    read();
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('pageshow', onShow);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('pageshow', onShow);
    };
  }, [store, version]);
  return list;
}
