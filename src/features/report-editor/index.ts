// The report editor (issue 3): <ReportEditor /> on a document, with the app's toolbar slots.
export { ReportEditor, type ReportEditorProps } from './report-editor';
export { createReportStore, type ReportStore, type Change } from './report-store';
export { ReviewMarksContext, type ReviewMarks } from './review-marks';
export { focusProblem } from './focus-field';
export { CellSourcesContext, type CellSources } from './cell-sources';
export { useExclusiveDrawer } from './page-drawer';
export type { EditorToolbarSlots } from './editor-toolbar';
