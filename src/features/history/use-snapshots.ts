import { useEffect, useState } from 'react';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore, SnapshotSummary } from '@/storage/report-store';

export type SnapshotList =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; items: SnapshotSummary[] };

/** A report's history, reloaded whenever `version` changes. */
export function useSnapshots(store: ReportStore, reportId: string, version: number): SnapshotList {
  const [list, setList] = useState<SnapshotList>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    store.listSnapshots(reportId).then(
      (items) => live && setList({ kind: 'ready', items }),
      (e: unknown) => live && setList({ kind: 'failed', message: describeStorageError(e) }),
    );
    return () => {
      live = false;
    };
  }, [store, reportId, version]);
  return list;
}
