import { useState } from 'react';
import type { ReportStore } from '@/storage/report-store';
import { PackageImport } from './review-package';
import { R } from './strings';
import './review.css';

export type StartScreenReviewProps = {
  store: ReportStore;
  openReport: (id: string) => void;
  reportHref: (id: string) => string;
};

/**
 * In the start screen's 导入 dialog: 导入审核包. A package of a report not here creates it and
 * opens it; one merged into a report here says so, with a link to it.
 */
export function StartScreenReview({ store, openReport, reportHref }: StartScreenReviewProps) {
  const [merged, setMerged] = useState<string | null>(null);
  const done = (id: string, created: boolean) => (created ? openReport(id) : setMerged(id));
  return (
    <div className="start-review">
      <PackageImport target={{ store, write: (op) => op(), onDone: done }} />
      {merged && <a href={reportHref(merged)}>{R.openReport}</a>}
    </div>
  );
}
