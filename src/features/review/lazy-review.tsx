import { lazyComponent, useAfterFirstPaint } from '@/components/ui/lazy-component';
import type { ReviewActionsProps, ReviewPanelsProps } from './review-area';
import type { ReviewSession } from './use-review-session';
import type { StartScreenReviewProps } from './start-screen-review';
import { R_FIRST as R } from './strings-first';

// The review's code is a chunk of its own, so that the first load of the editor and of the
// start screen carries none of it: it starts loading once the page around it has painted and
// the browser is idle (the toolbar's actions appear then), or when the drawer or the 审核包
// menu is opened, and says so meanwhile. No <Suspense>: see lazy-component.ts.

const chunk = () => import('./review-area');
const actions = lazyComponent(() => chunk().then((m) => m.ReviewActions));
const panels = lazyComponent(() => chunk().then((m) => m.ReviewPanels));
const packagePanel = lazyComponent(() => chunk().then((m) => m.PackagePanel));
const start = lazyComponent(() => import('./start-screen-review').then((m) => m.StartScreenReview));

function Pending({ failed }: { failed: boolean }) {
  return failed ? (
    <p role="alert">{R.loadFailed}</p>
  ) : (
    <p role="status" className="review-loading">
      {R.loading}
    </p>
  );
}

/** The toolbar's workflow actions, once the page has painted (nothing meanwhile). */
export function ReviewActions(props: ReviewActionsProps) {
  const loaded = actions.useComponent(useAfterFirstPaint());
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return loaded.kind === 'failed' ? <Pending failed /> : null;
}

/** The review drawer's content, loaded on first use; says so meanwhile. */
export function ReviewPanels(props: ReviewPanelsProps) {
  const loaded = panels.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return <Pending failed={loaded.kind === 'failed'} />;
}

/** The 审核包 menu's panel (export, import), loaded after the first paint; says so meanwhile. */
export function PackagePanel(props: { session: ReviewSession; disabled: boolean }) {
  const loaded = packagePanel.useComponent(useAfterFirstPaint());
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return <Pending failed={loaded.kind === 'failed'} />;
}

/** The start screen's 导入审核包 (in the 导入 dialog), loaded on first use; says so meanwhile. */
export function StartScreenReview(props: StartScreenReviewProps) {
  const loaded = start.useComponent(useAfterFirstPaint());
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return (
    <div className="start-review">
      <Pending failed={loaded.kind === 'failed'} />
    </div>
  );
}
