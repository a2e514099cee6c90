// The report editor (issue 3): mount <EditorPage /> for /?demo=sample, or <ReportEditor /> directly.
export { ReportEditor, type ReportEditorProps } from './report-editor';
export { EditorPage } from './editor-page';
export { createReportStore, type ReportStore, type Change } from './report-store';
export { ReviewMarksContext, type ReviewMarks } from './review-marks';
export { focusProblem } from './focus-field';
export { CellSourcesContext, type CellSources } from './cell-sources';
export { useExclusiveDrawer } from './page-drawer';
export type { EditorToolbarSlots } from './editor-toolbar';
