// The read-only report view: the public surface of this feature.
export { ReportView } from './report-view';
export { buildReportViewModel, splitParagraphs, type ReportViewModel } from './report-view-model';
