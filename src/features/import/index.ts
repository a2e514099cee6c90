// Imports (issue 5): the 导入 button and dialog, its summary, and reading files in any encoding.
export { ImportButton, type ImportButtonProps } from './import-button';
export { ImportDialog, type ImportDialogProps } from './import-dialog';
export type { ExistingReport, ImportAcceptOptions, ImportHandlers } from './use-import';
export { decodeReportBytes, readReportFile, type ReadFileResult } from './read-file';
export { summarizeImport, groupIssues, type ImportSummaryModel } from './summarize-import';
