// The history panel of a stored report (issue 4 item 9), loaded when it is first opened.
export { HistoryPanel } from './lazy-history-panel';
export type { HistoryPanelProps } from './history-panel';
