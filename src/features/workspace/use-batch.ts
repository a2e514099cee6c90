import { useCallback, useState } from 'react';
import { normalizeAgency, type ReportDocument } from '@/domain';
import type { Actor } from '@/domain/workflow';
import { downloadBlob } from '@/components/download-text';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { batchReport, type BatchAction } from './logic/batch';
import { reportsByAgency } from './logic/previous-year';
import {
  collectPackages,
  runWorkflowBatch,
  zipPackages,
  type BatchTarget,
} from './ops/batch-review';
import { WB } from './strings';

type Options = {
  store: ReportStore;
  now: () => string;
  newId: () => string;
  summaries: readonly ReportSummary[];
  year: number;
  /** Runs after a batch changed the store. */
  onChanged: () => void;
};

/** The outcome shown under the batch bar. */
export type BatchResult = { summary: string; refusals: string[] };

function previousLookup(store: ReportStore, summaries: readonly ReportSummary[], year: number) {
  const lastYear = reportsByAgency(summaries, year - 1);
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return async (id: string): Promise<ReportDocument | undefined> => {
    const agency = byId.get(id)?.agency;
    const previous = agency === undefined ? undefined : lastYear.get(normalizeAgency(agency));
    const loaded = previous && (await store.load(previous.id));
    return loaded?.ok ? loaded.record.document : undefined;
  };
}

/** 批量退回 / 批量定稿 / 导出审核包 over the selected reports, one at a time. */
export function useBatch({ store, now, newId, summaries, year, onChanged }: Options) {
  const [running, setRunning] = useState<BatchAction | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const run = useCallback(
    async (action: BatchAction, targets: BatchTarget[], actor: Actor | null, reason = '') => {
      if (targets.length === 0) return setResult({ summary: WB.noneSelected, refusals: [] });
      if (action !== 'export' && actor === null)
        return setResult({ summary: WB.identityNeeded, refusals: [] });
      setRunning(action);
      setResult(null);
      const env = { store, now, newId };
      try {
        if (action === 'export') {
          const { files, outcomes } = await collectPackages(env, targets);
          if (files.length > 0) {
            const zip = await zipPackages(files);
            downloadBlob(
              WB.zipName(year, files.length),
              zip as Uint8Array<ArrayBuffer>,
              'application/zip',
            );
          }
          setResult(batchReport(action, outcomes));
        } else if (actor !== null) {
          const workflow = action === 'return' ? { type: action, reason } : { type: action };
          const previousOf = previousLookup(store, summaries, year);
          const outcomes = await runWorkflowBatch(env, targets, workflow, actor, previousOf);
          setResult(batchReport(action, outcomes));
        }
      } finally {
        setRunning(null);
        onChanged();
      }
    },
    [store, now, newId, summaries, year, onChanged],
  );
  return { running, result, run, clear: () => setResult(null) };
}
