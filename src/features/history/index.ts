// The history panel of a stored report (issue 4 item 9).
export { HistoryPanel, type HistoryPanelProps } from './history-panel';
