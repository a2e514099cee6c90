import { useCallback, useEffect, useState } from 'react';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { takePrefetchedDrafts } from './prefetch';

export type DraftList =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: ReportSummary[] };

/** Every stored report (回收站 included) and a way to reload after a change. */
export function useDrafts(store: ReportStore) {
  const [list, setList] = useState<DraftList>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const read = (version === 0 && takePrefetchedDrafts(store)) || store.list();
    read.then(
      (items) => live && setList({ kind: 'ready', items }),
      (e: unknown) => live && setList({ kind: 'failed', message: describeStorageError(e) }),
    );
    return () => {
      live = false;
    };
  }, [store, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { list, refresh };
}
