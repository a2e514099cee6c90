import { lazyComponent, useAfterFirstPaint } from '@/components/ui/lazy-component';
import type { ReviewAreaProps } from './review-area';
import type { StartScreenReviewProps } from './start-screen-review';
import { R_FIRST as R } from './strings-first';

// The review's panels are chunks of their own, so that the first load of the editor and of the
// start screen carries none of them: they start loading once the page around them has painted
// and the browser is idle and say so meanwhile. No <Suspense>: see lazy-component.ts.

const area = lazyComponent(() => import('./review-area').then((m) => m.ReviewArea));
const start = lazyComponent(() => import('./start-screen-review').then((m) => m.StartScreenReview));

/** Starts loading the review over the editor now (when it must be there at once). */
export function preloadReviewArea(): void {
  area.preload().catch(() => {}); // a failure is shown where the area renders
}

function Pending({ failed }: { failed: boolean }) {
  return failed ? (
    <p role="alert">{R.loadFailed}</p>
  ) : (
    <p role="status" className="review-loading">
      {R.loading}
    </p>
  );
}

/** The review over the editor, loaded on first use; says so meanwhile. */
export function ReviewArea(props: ReviewAreaProps) {
  const loaded = area.useComponent(useAfterFirstPaint());
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return (
    <section className="review-area" aria-label={R.workflow}>
      <Pending failed={loaded.kind === 'failed'} />
    </section>
  );
}

/** The start screen's identity and 导入审核包, loaded on first use; says so meanwhile. */
export function StartScreenReview(props: StartScreenReviewProps) {
  const loaded = start.useComponent(useAfterFirstPaint());
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  return (
    <aside className="start-review" aria-label={R.startTitle}>
      <Pending failed={loaded.kind === 'failed'} />
    </aside>
  );
}
