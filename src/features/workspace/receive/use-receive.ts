import { useCallback, useState } from 'react';
import type { ReceiveLine, TemplateDef } from '@/domain';
import type { ReportStore } from '@/storage/report-store';
import { tallyLines } from '../logic/received';
import { incomingFile } from './incoming';
import { receiveFiles } from './receive-files';
import { WR } from '../strings';

/** Where receiving stands: idle, running (files done / total), or done with its lines. */
export type ReceiveState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; lines: ReceiveLine[]; summary: string }
  | { kind: 'failed'; message: string };

type Options = {
  store: ReportStore;
  t: TemplateDef;
  year: number;
  now: () => string;
  /** Runs after a batch wrote something: the workspace reads the store again. */
  onReceived: () => void;
};

/** How often the count of files received so far is updated while a batch runs. */
const PROGRESS_MS = 200;

/** Receives picked or dropped files, one batch at a time, and keeps the result lines. */
export function useReceive({ store, t, year, now, onReceived }: Options) {
  const [state, setState] = useState<ReceiveState>({ kind: 'idle' });
  const receive = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return setState({ kind: 'failed', message: WR.noFiles });
      const total = files.length;
      setState({ kind: 'running', done: 0, total });
      let shownAt = performance.now();
      const progress = (done: number) => {
        // Each update lays the page out again: at most one every PROGRESS_MS.
        if (performance.now() - shownAt < PROGRESS_MS) return;
        shownAt = performance.now();
        setState({ kind: 'running', done, total });
      };
      try {
        const env = { store, t, now, workspaceYear: year };
        const incoming = files.map((f) => incomingFile(t, f));
        const lines = await receiveFiles(env, incoming, progress);
        setState({ kind: 'done', lines, summary: tallyLines(lines) });
      } catch (e) {
        setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
      onReceived();
    },
    [store, t, year, now, onReceived],
  );
  const clear = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, receive, clear };
}
