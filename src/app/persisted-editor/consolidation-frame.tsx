import type { ReactNode } from 'react';
import type { Consolidation } from '@/domain';
import type { ReportSummary } from '@/storage/report-store';
import { ConsolidationFrame, type RerunOutcome } from '@/features/consolidation';
import type { AppStorage } from '../app-storage';
import { reportSearch } from '../route';

/**
 * For a 汇总, what goes around the editor's body (its sources and contributions, 重新汇总 when
 * `onRerun` is given); undefined for any other report.
 */
export function consolidationFrame(
  consolidation: Consolidation | null,
  storage: AppStorage,
  list: readonly ReportSummary[] | undefined,
  onRerun: ((sourceIds: readonly string[]) => Promise<RerunOutcome>) | undefined,
): ((body: ReactNode) => ReactNode) | undefined {
  if (!consolidation) return undefined;
  return (body) => (
    <ConsolidationFrame
      consolidation={consolidation}
      store={storage.store}
      list={list}
      reportHref={reportSearch}
      onRerun={onRerun}
    >
      {body}
    </ConsolidationFrame>
  );
}
