import type { TemplateDef } from '../../domain/template/types';
import { reportTitle } from '../../domain/report/document';
import { STATUS_LABELS } from '../../domain/workflow/status';
import { sortEvents } from '../../domain/workflow/history';
import { canonicalizeReport } from '../json-export';
import {
  REVIEW_PACKAGE_KIND,
  REVIEW_PACKAGE_VERSION,
  documentKey,
  type ReviewPackage,
  type ReviewSide,
} from './format';

// 导出审核包: the report with its status, comments and history in one file. After exporting,
// the app stores `lastExchange` of the package as its own: that version is the common base.

/** The review package of a report, stamped with the export time. */
export function createReviewPackage(
  t: TemplateDef,
  side: Omit<ReviewSide, 'lastExchange'>,
  exportedAt: string,
): ReviewPackage {
  const document = canonicalizeReport(t, side.report.document);
  const { id, status, rev, updatedAt, acknowledgements } = side.report;
  return {
    kind: REVIEW_PACKAGE_KIND,
    schemaVersion: REVIEW_PACKAGE_VERSION,
    exportedAt,
    report: { id, document, status, rev, updatedAt, acknowledgements: [...acknowledgements] },
    comments: [...side.comments],
    events: sortEvents(side.events),
    lastExchange: { documentKey: documentKey(document), at: exportedAt },
  };
}

/** The text of a review package file. */
export function serializeReviewPackage(pkg: ReviewPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The text of the review package of a report (createReviewPackage, then serialised). */
export function exportReviewPackage(
  t: TemplateDef,
  side: Omit<ReviewSide, 'lastExchange'>,
  exportedAt: string,
): string {
  return serializeReviewPackage(createReviewPackage(t, side, exportedAt));
}

/** A file name saying what the package holds, e.g. 平湖市科技局2021年度…报告（待审核）审核包.json. */
export function reviewPackageFileName(pkg: ReviewPackage): string {
  const title = reportTitle(pkg.report.document).replace(/[\\/:*?"<>|]/g, '_');
  return `${title}（${STATUS_LABELS[pkg.report.status]}）审核包.json`;
}
