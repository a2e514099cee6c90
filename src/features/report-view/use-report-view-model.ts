import { useMemo } from 'react';
import type { ReportDocument, TemplateDef } from '@/domain';
import { buildReportViewModel, type ReportViewModel } from './report-view-model';

/** The view model of a report, recomputed only when the template or the document changes. */
export function useReportViewModel(template: TemplateDef, report: ReportDocument): ReportViewModel {
  return useMemo(() => buildReportViewModel(template, report), [template, report]);
}
