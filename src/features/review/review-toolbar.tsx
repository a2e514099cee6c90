import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Drawer } from '@/components/ui/drawer';
import { Popover } from '@/components/ui/popover';
import { PackagePanel, ReviewPanels } from './lazy-review';
import type { ReviewPanelsProps } from './review-area';
import type { ReviewSession } from './use-review-session';
import { R_FIRST as R } from './strings-first';

// The review's parts of the editor's toolbar that are there from the first paint (cheap: the
// panels they open load with the review's chunk).

/** The review drawer's id (the 审核 button controls it). */
export const REVIEW_DRAWER_ID = 'review-drawer';

/** The width of the review drawer, in CSS pixels. */
export const REVIEW_DRAWER_WIDTH = 400;

/** 审核: opens and closes the review drawer; shows how many comments are open. */
export function ReviewButton(props: { open: boolean; openComments: number; onToggle: () => void }) {
  const { open, openComments, onToggle } = props;
  return (
    <Button
      variant={open ? 'primary' : 'secondary'}
      aria-label={openComments > 0 ? R.review + R.reviewOpenComments(openComments) : R.review}
      aria-expanded={open}
      aria-controls={open ? REVIEW_DRAWER_ID : undefined}
      title={R.reviewHint}
      onClick={onToggle}
    >
      {R.review}
      {openComments > 0 && (
        <Badge tone="warning" className="review-count">
          {openComments}
        </Badge>
      )}
    </Button>
  );
}

/** 审核包: a menu holding 导出审核包 and 导入审核包. */
export function PackageMenu(props: { session: ReviewSession; disabled: boolean }) {
  return (
    <Popover label={R.packageMenu} align="end">
      <PackagePanel {...props} />
    </Popover>
  );
}

/** The review drawer at the right of the editor: identity, 意见, 修改, 操作记录. */
export function ReviewDrawer(props: ReviewPanelsProps & { open: boolean; onClose: () => void }) {
  const { open, onClose, ...panels } = props;
  return (
    <Drawer
      open={open}
      title={R.reviewTitle}
      id={REVIEW_DRAWER_ID}
      width={REVIEW_DRAWER_WIDTH}
      onClose={onClose}
    >
      <ReviewPanels {...panels} />
    </Drawer>
  );
}
