// Imports (issue 5): the 导入 button and dialog, its summary, and reading files in any encoding.
export { ImportButton, type ImportButtonProps } from './import-button';
// The dialog itself is loaded on demand by ImportButton (its own chunk): import only its type.
export type { ImportDialogProps } from './import-dialog';
export type { ExistingReport, ImportAcceptOptions, ImportHandlers } from './use-import';
export { decodeReportBytes, readReportFile, type ReadFileResult } from './read-file';
export { summarizeImport, groupIssues, type ImportSummaryModel } from './summarize-import';
