// Imports (issues 5 and 11): the 导入 button and dialog and its summary. Reading a file of any
// format is import-report-file.ts: import it from there, in code that loads on use.
export { ImportButton, type ImportButtonProps } from './import-button';
// The dialog itself is loaded on demand by ImportButton (its own chunk): import only its type.
export type { ImportDialogProps } from './import-dialog';
export type { ExistingReport, ImportAcceptOptions, ImportHandlers } from './use-import';
export { summarizeImport, groupIssues, type ImportSummaryModel } from './summarize-import';
