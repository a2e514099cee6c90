import { useCallback, useState } from 'react';
import { gov2021, type Consolidation } from '@/domain';
import type { ReportRecord } from '@/storage/report-store';
import type { ReviewHost } from '@/features/review';
import type { RerunOutcome } from '@/features/consolidation';
import type { AppStorage } from '../app-storage';

/**
 * The consolidation of the open 汇总 (null for any other report) and 重新汇总: pending edits are
 * saved first, the sources still stored are summed again over the report (its old version goes
 * to history, its narratives stay), and the editor continues from the new version.
 */
export function useConsolidation(storage: AppStorage, record: ReportRecord, host: ReviewHost) {
  const [consolidation, setConsolidation] = useState<Consolidation | null>(record.consolidation);
  const rerun = useCallback(
    async (sourceIds: readonly string[]): Promise<RerunOutcome> => {
      const fresh = await host.settle();
      const { rerunConsolidation } = await import('../consolidate-report');
      const outcome = await rerunConsolidation(storage.store, gov2021, fresh, sourceIds);
      if (!outcome.ok) return { ok: false, reasons: outcome.refusals.map((r) => r.message) };
      host.adopt(outcome.record, true);
      setConsolidation(outcome.record.consolidation);
      return { ok: true, warnings: outcome.warnings };
    },
    [storage, host],
  );
  return { consolidation, rerun };
}
