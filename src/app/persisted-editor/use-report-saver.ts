import { useEffect, useState } from 'react';
import type { ReportDocument } from '@/domain';
import type { ReportRecord } from '@/storage/report-store';
import type { AppStorage } from '../app-storage';
import type { AutosaveState } from './autosave';
import { createReportSaver, type ReportSaver } from './report-saver';

const browserTimers = {
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  clearTimeout: (h: unknown) => window.clearTimeout(h as number),
};

/** Saves whatever is pending when the page is hidden or closed (the journal already holds it). */
function useFlushOnHide(saver: ReportSaver) {
  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      saver.dispose();
    };
  }, [saver]);
}

/** The saver of the open report, its status, and a counter bumped when history grows. */
export function useReportSaver(
  storage: AppStorage,
  record: ReportRecord,
  previous: ReportDocument | undefined,
) {
  const [state, setState] = useState<AutosaveState>({ kind: 'saved' });
  const [historyVersion, setHistoryVersion] = useState(0);
  const [saver] = useState(() =>
    createReportSaver({
      storage,
      record,
      previous,
      timers: browserTimers,
      clock: () => Date.now(),
      onState: setState,
      onSnapshot: () => setHistoryVersion((n) => n + 1),
    }),
  );
  useFlushOnHide(saver);
  return { saver, state, historyVersion };
}
