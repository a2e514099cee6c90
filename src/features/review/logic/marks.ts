import { formatCellValue, type CellValue } from '@/domain';
import { threadsByField, type CommentThread, type ReportChanges } from '@/domain/workflow';
import type { ReviewMarks } from '@/features/report-editor';
import { R_FIRST as R } from '../strings-first';

// The markers shown on the report's cells: open comments per field, and "old → new" on every
// cell changed since the last submission.

/** A cell value as shown in "old → new" (blank shown as （空）). */
export function showValue(value: CellValue): string {
  const text = formatCellValue(value);
  return text === '' ? R.blank : text;
}

/** The markers of the cells for these threads and changes. */
export function buildMarks(
  threads: readonly CommentThread[],
  changes: ReportChanges | null,
): ReviewMarks {
  const changed = new Map(
    (changes?.cells ?? []).map((c) => [
      c.path,
      `${showValue(c.before)}${R.arrow}${showValue(c.after)}`,
    ]),
  );
  return { comments: threadsByField(threads), changed };
}
