import { useMemo } from 'react';
import type { ReportDocument } from '@/domain';
import type { ReportRecord } from '@/storage/report-store';
import type { ReviewHost } from '@/features/review';
import type { AppStorage } from '../app-storage';
import type { ReportSaver } from './report-saver';
import { S } from '../strings';

/**
 * The persisted editor as the review's host: before the review writes, pending edits are saved
 * and the stored rev must still be this session's; afterwards the saver continues from the new
 * rev and the editor shows the new document when it changed.
 */
export function useReviewHost(
  storage: AppStorage,
  id: string,
  saver: ReportSaver,
  previous: ReportDocument | undefined,
  onStored: (record: ReportRecord, documentChanged: boolean) => void,
): ReviewHost {
  return useMemo(
    () => ({
      store: storage.store,
      previous,
      async settle() {
        await saver.flush();
        if (saver.stopped() || saver.pending() !== undefined) throw new Error(S.reviewBlocked);
        const loaded = await storage.store.load(id);
        if (!loaded?.ok) throw new Error(loaded ? loaded.error : S.missing);
        if (loaded.record.rev !== saver.rev()) throw new Error(S.reviewStale);
        return loaded.record;
      },
      adopt(record: ReportRecord, documentChanged: boolean) {
        saver.adopt(record);
        onStored(record, documentChanged);
      },
    }),
    [storage, id, saver, previous, onStored],
  );
}
