import { useState, type ReactNode } from 'react';
import type { ReportDocument } from '@/domain';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore, Snapshot } from '@/storage/report-store';
import { useSnapshots } from './use-snapshots';
import { SnapshotTable } from './snapshot-table';
import { SnapshotView } from './snapshot-view';
import { H } from './strings';

export type HistoryPanelProps = {
  store: ReportStore;
  reportId: string;
  /** Bumped by the page when a snapshot was added: the list reloads. */
  version: number;
  canRestore: boolean;
  /** Replaces the report with this version (the page keeps the current one in history first). */
  onRestore: (snapshot: Snapshot) => Promise<void>;
  /** A version is being viewed, or no longer. */
  onViewingChange?: (viewing: boolean) => void;
  renderReport: (doc: ReportDocument, label: string) => ReactNode;
};

function useViewer(props: HistoryPanelProps) {
  const [viewed, setViewed] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  function show(s: Snapshot | null) {
    setViewed(s);
    props.onViewingChange?.(s !== null);
  }
  async function open(id: string) {
    setError(null);
    try {
      const loaded = await props.store.loadSnapshot(id);
      if (loaded?.ok) show(loaded.snapshot);
      else setError(H.unreadable(loaded?.error ?? ''));
    } catch (e) {
      setError(H.failed(describeStorageError(e)));
    }
  }
  async function restore() {
    if (!viewed) return;
    setBusy(true);
    await props.onRestore(viewed);
    setBusy(false);
    show(null);
  }
  return { viewed, error, busy, open, restore, back: () => show(null) };
}

/**
 * The history of a report: its snapshots (time, description), view one, restore one. Shown in
 * the editor's 历史版本 drawer, whose heading names it.
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const list = useSnapshots(props.store, props.reportId, props.version);
  const viewer = useViewer(props);
  return (
    <section className="history-panel" aria-label={H.title}>
      <p className="history-hint">{H.restoreHint}</p>
      {viewer.error && <p role="alert">{viewer.error}</p>}
      {viewer.viewed ? (
        <SnapshotView
          snapshot={viewer.viewed}
          canRestore={props.canRestore}
          busy={viewer.busy}
          onBack={viewer.back}
          onRestore={() => void viewer.restore()}
          renderReport={props.renderReport}
        />
      ) : (
        <SnapshotTable list={list} onView={(id) => void viewer.open(id)} />
      )}
    </section>
  );
}
