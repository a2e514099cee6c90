import { useState } from 'react';
import type { ReportStore } from '@/storage/report-store';
import { IdentityForm } from './identity-form';
import { PackageImport } from './review-package';
import { R } from './strings';
import './review.css';

export type StartScreenReviewProps = {
  store: ReportStore;
  openReport: (id: string) => void;
  reportHref: (id: string) => string;
};

/** On the start screen: who works here, and 导入审核包 (a new report is created and opened). */
export function StartScreenReview({ store, openReport, reportHref }: StartScreenReviewProps) {
  const [merged, setMerged] = useState<string | null>(null);
  const done = (id: string, created: boolean) => (created ? openReport(id) : setMerged(id));
  return (
    <aside className="start-review" aria-label={R.startTitle}>
      <IdentityForm />
      <PackageImport target={{ store, write: (op) => op(), onDone: done }} />
      {merged && <a href={reportHref(merged)}>{R.openReport}</a>}
    </aside>
  );
}
