import { useEffect, useRef, useState } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';

/**
 * The store's list of reports: `initial` (read when the report was opened) or read now, again
 * when the 汇总 is summed again (`version`) and each time the page is shown again (a source
 * edited in another tab makes the 汇总 out of date). With 500 reports a read costs a few hundred
 * milliseconds, so the one the editor made while opening is not repeated.
 */
export function useStoreList(
  store: ReportStore,
  version: unknown,
  initial?: readonly ReportSummary[],
): readonly ReportSummary[] | null {
  const [list, setList] = useState<readonly ReportSummary[] | null>(initial ?? null);
  const fresh = useRef(initial !== undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void store.list().then(
        (l) => live && setList(l),
        () => {}, // the editor's own reads say what is wrong with the store
      );
    const onShow = () => document.visibilityState === 'visible' && read();
    const onBack = (e: PageTransitionEvent) => e.persisted && read(); // back from the bfcache
    if (!fresh.current) read();
    fresh.current = false;
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('pageshow', onBack);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('pageshow', onBack);
    };
  }, [store, version]);
  return list;
}
