// The history of a stored report (issue 4 item 9), in a drawer of the editor; the panel is
// loaded when the drawer is first opened.
export { HistoryPanel } from './lazy-history-panel';
export { HistoryDrawer, HISTORY_DRAWER_ID, HISTORY_DRAWER_WIDTH } from './history-drawer';
export type { HistoryPanelProps } from './history-panel';
