// The drafts list, the start screen (issue 4 items 5–8 and 10; issue 13 items 1 and 4).
export { DraftsPage, type DraftsPageProps } from './drafts-page';
export { useDrafts, type DraftList } from './use-drafts';
export { NewReportDialog } from './new-report-dialog';
export { BackupPanel } from './backup-panel';
export { StorageNotice, StorageStatus, useStorageState, type StorageState } from './storage-status';
export { lastYearSources } from './logic/new-report';
export type { NewReportWay } from './logic/new-report-form';
export { D as DRAFTS_TEXT } from './strings';
