import { lazyComponent } from '@/components/ui/lazy-component';
import type { ConsolidationLayerProps } from './consolidation-layer';
import { C_FIRST } from './strings-first';

// A 汇总's layer over the editor is a chunk of its own: ordinary reports never load it. The
// editor waits for it (it is small), so a 汇总's cells are never shown editable for a moment.

const layer = lazyComponent(() =>
  import('./consolidation-layer').then((m) => m.ConsolidationLayer),
);

/** The consolidation layer around the editor, once its code has loaded. */
export function ConsolidationFrame(props: ConsolidationLayerProps) {
  const loaded = layer.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  if (loaded.kind === 'failed') return <p role="alert">{C_FIRST.loadFailed}</p>;
  return (
    <p role="status" className="app-loading">
      {C_FIRST.loading}
    </p>
  );
}
