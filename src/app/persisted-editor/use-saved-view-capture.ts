import { useEffect } from 'react';
import type { AutosaveState } from './autosave';
import type { ReportSaver } from './report-saver';

/** How long an idle moment may be waited for before the view is kept anyway. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Keeps the editor's rendering as the saved view of the report (the next cold load of it shows
 * that at once, see src/app/saved-view/) whenever the page shows exactly what is stored: once
 * the editor is complete, and after every save with nothing typed since. In an idle moment: a
 * copy of the page costs a few milliseconds, which typing must not wait for.
 */
export function useSavedViewCapture(
  id: string,
  saver: ReportSaver,
  state: AutosaveState,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled || state.kind !== 'saved') return;
    const run = () => {
      if (saver.pending() !== undefined || saver.stopped()) return;
      const rev = saver.rev();
      // Loaded when first used: opening a report does not wait for it.
      void import('../saved-view/capture').then((m) => {
        if (saver.pending() === undefined && saver.rev() === rev) m.captureSavedView(id, rev);
      });
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(run, IDLE_TIMEOUT_MS);
      return () => window.clearTimeout(timer);
    }
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [id, saver, state, enabled]);
}
