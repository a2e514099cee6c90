import { STATUS_LABELS } from '@/domain/workflow';
import type { MergeSummary } from '@/io/review-package';
import { R } from '../strings';

/** The lines of an import summary, in Chinese. */
export function summaryLines(summary: MergeSummary): string[] {
  const { from, to } = summary.status;
  const lines = [
    R.summaryThreads(summary.newThreads, summary.newMessages),
    R.summaryEvents(summary.newEvents.length),
    R.summaryStatus(from ? STATUS_LABELS[from] : '—', STATUS_LABELS[to]),
    R.summaryDocument[summary.document],
  ];
  const cells = summary.changes?.cells.length ?? 0;
  if (cells > 0) lines.push(R.summaryCells(cells));
  return lines;
}
