import { Drawer } from '@/components/ui/drawer';
import { HistoryPanel } from './lazy-history-panel';
import type { HistoryPanelProps } from './history-panel';
import { H } from './strings';

/** The history drawer's id (the 历史版本 button controls it). */
export const HISTORY_DRAWER_ID = 'history-drawer';

/** The width of the history drawer, in CSS pixels: wide enough to read a past version. */
export const HISTORY_DRAWER_WIDTH = 880;

/** 历史版本 in a wide drawer at the right of the editor: the snapshots, view one, restore one. */
export function HistoryDrawer(props: HistoryPanelProps & { open: boolean; onClose: () => void }) {
  const { open, onClose, ...panel } = props;
  return (
    <Drawer
      open={open}
      title={H.title}
      id={HISTORY_DRAWER_ID}
      width={HISTORY_DRAWER_WIDTH}
      onClose={onClose}
    >
      <HistoryPanel {...panel} />
    </Drawer>
  );
}
