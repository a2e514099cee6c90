import {
  checkSubmission,
  normalizeAgency,
  type KnownVersion,
  type ReceiveLine,
  type ReceiveOutcome,
  type ReportDocument,
  type TemplateDef,
} from '@/domain';
import type { Acknowledgement, ProblemCounts } from '@/domain/drafts';
import type { ReportSummary } from '@/storage/report-store';
import { isLive } from './previous-year';
import { WR } from '../strings';

// Pure parts of receiving a batch of files: which stored report a file would update, which of
// two versions is newer, and the problem counts of a received report.

/** A stored report a received file may update, with its current rev and version. */
export type KnownReport = { id: string; rev: number; version: KnownVersion };

/** The key of an agency's report of one year, names compared after normalising. */
export function agencyYearKey(agency: string, year: number): string {
  return `${normalizeAgency(agency)}|${year}`;
}

/**
 * The version of a stored report that a received file is compared with. "Newer" means a later
 * file modification time: a received report keeps its file's time (a review action in this
 * browser does not make the department's file newer); a report typed here, its last change.
 */
export function versionOfSummary(s: ReportSummary): KnownVersion {
  return { contentKey: s.contentKey, updatedAt: s.origin?.modifiedAt ?? s.updatedAt };
}

/**
 * The stored reports a received file may update, one per agency and year: 汇总 made here are
 * never replaced by a file, nor reports in the 回收站; of two, the most recently changed.
 */
export function knownReports(summaries: readonly ReportSummary[]): Map<string, KnownReport> {
  const known = new Map<string, KnownReport & { changed: string }>();
  for (const s of summaries) {
    if (!isLive(s) || s.consolidatedAgencies !== null) continue;
    const key = agencyYearKey(s.agency, s.year);
    const seen = known.get(key);
    if (seen && seen.changed >= s.updatedAt) continue;
    known.set(key, { id: s.id, rev: s.rev, version: versionOfSummary(s), changed: s.updatedAt });
  }
  return new Map([...known].map(([k, { id, rev, version }]) => [k, { id, rev, version }]));
}

/**
 * Problems of a received report, counted as 定稿 will judge it: a received report has been
 * handed in, so the rules run at stage 'submit' (a blank is an error) and warnings count until
 * acknowledged. The 错误 column then says what 批量定稿 would refuse.
 */
export function receivedProblems(
  t: TemplateDef,
  document: ReportDocument,
  acknowledgements: readonly Acknowledgement[] = [],
): ProblemCounts {
  const check = checkSubmission(t, document, acknowledgements);
  return { errors: check.errors.length, warnings: check.unacknowledged.length };
}

const ORDER: readonly ReceiveOutcome[] = ['added', 'updated', 'identical', 'older', 'refused'];

/** The summary line of a batch, e.g. 「已处理 7 个文件：新增 6 个，未导入 1 个」. */
export function tallyLines(lines: readonly ReceiveLine[]): string {
  const parts = ORDER.flatMap((outcome) => {
    const same = lines.filter((l) => l.outcome === outcome);
    const first = same[0];
    return first ? [WR.count(first.label, same.length)] : [];
  });
  return WR.done(lines.length, parts.join('，'));
}

/** The line of a file that could not be stored after all (nothing of it was written). */
export function failedLine(line: ReceiveLine, reason: string): ReceiveLine {
  const text = `未导入：${WR.writeFailed(reason)}`;
  return { ...line, outcome: 'refused', label: '未导入', text, version: null, replaces: null };
}
