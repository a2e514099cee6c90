import type { ComponentProps } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { ReportView } from '@/features/report-view';
import { strings } from '../strings';

// The read-only view shows a version from the history panel only: its code (and its layout of
// the tables) is a chunk of its own, loaded when the history panel opens (see `preloadReportView`).
const view = lazyComponent(() => import('@/features/report-view').then((m) => m.ReportView));

/** Starts loading the view (the history panel is opening): it is there before a version is. */
export function preloadReportView(): void {
  view.preload().catch(() => {}); // a failure is shown when the view renders
}

/**
 * `ReportView`, loaded on first use; says so meanwhile (no role="status" of its own: the history
 * panel's status line says which version is shown).
 */
export function ReportViewOnUse(props: ComponentProps<typeof ReportView>) {
  const loaded = view.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return loaded.kind === 'failed' ? (
    <p role="alert">{LOAD_FAILED}</p>
  ) : (
    <p aria-busy="true">{strings.loading}</p>
  );
}

const LOAD_FAILED = '无法加载报告的显示程序，请检查网络后刷新页面。';
