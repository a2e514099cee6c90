import { useCallback, useEffect, useState } from 'react';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { takePrefetchedDrafts } from '@/features/drafts/prefetch';

/** What the workspace reads from the store: every summary, and this year's and last year's roster. */
export type WorkspaceData =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      summaries: ReportSummary[];
      roster: string[] | null;
      lastRoster: string[] | null;
    };

/** Reads the summaries and rosters of `year`; `refresh` reads them again after a change. */
export function useWorkspaceData(store: ReportStore, year: number) {
  const [data, setData] = useState<WorkspaceData>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    // The first read was started by the app while this screen's code loaded (see app.tsx).
    const list = (version === 0 && takePrefetchedDrafts(store)) || store.list();
    Promise.all([list, store.getRoster(year), store.getRoster(year - 1)]).then(
      ([summaries, roster, lastRoster]) =>
        live && setData({ kind: 'ready', summaries, roster, lastRoster }),
      (e: unknown) => live && setData({ kind: 'failed', message: describeStorageError(e) }),
    );
    return () => {
      live = false;
    };
  }, [store, year, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { data, refresh };
}
