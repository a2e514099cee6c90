import { lazyComponent } from '@/components/ui/lazy-component';
import type { HistoryPanelProps } from './history-panel';
import { H } from './strings';

// The panel (snapshot table, viewer) is its own chunk, loaded when 历史版本 is first opened.
const panel = lazyComponent(() => import('./history-panel').then((m) => m.HistoryPanel));

/** The history panel, loaded on first use; says so meanwhile. */
export function HistoryPanel(props: HistoryPanelProps) {
  const loaded = panel.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return (
    <section className="history-panel" aria-label={H.title}>
      {loaded.kind === 'failed' ? (
        <p role="alert">{H.loadFailed}</p>
      ) : (
        <p role="status">{H.loading}</p>
      )}
    </section>
  );
}
