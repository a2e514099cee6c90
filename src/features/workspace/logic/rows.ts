import { STATUS_LABELS, matchRoster, type KeyFigures, type PreviousComparison } from '@/domain';
import type { ReportSummary } from '@/storage/report-store';
import { isLive } from './previous-year';
import { W } from '../strings';

// The rows of the workspace: one per report of the year, plus one per roster name that has no
// report yet (未报送). Built from summaries only; documents stay in IndexedDB.

/** The workspace's statuses: the workflow's four, 已收到 and 未报送. */
export type WorkspaceStatus =
  'draft' | 'submitted' | 'returned' | 'approved' | 'received' | 'missing';

/** One row of the workspace table. */
export type WorkspaceRow = {
  /** The report's id, or `roster:<name>` for a 未报送 roster name. */
  key: string;
  /** The report's id; null for 未报送. */
  id: string | null;
  agency: string;
  status: WorkspaceStatus;
  errors: number | null;
  warnings: number | null;
  previous: PreviousComparison | null;
  figures: KeyFigures | null;
  /** 来源: the file's format, 本机填写 or 汇总. */
  source: string;
  updatedAt: string | null;
  /** The 与上年 comparison is still being worked out (it comes after the first paint). */
  comparing: boolean;
  /** Received in the workspace (origin.receivedAt set). */
  received: boolean;
  /** A 汇总 made here. */
  consolidated: boolean;
};

/** The header counts: 已收 N / 应收 M, and the problems of the year's reports. */
export type WorkspaceCounts = {
  received: number;
  /** Roster length; null when no roster was set. */
  expected: number | null;
  errors: number;
  warnings: number;
  unchecked: number;
};

/** Status labels shown in the table, filter and exports. */
export const WORKSPACE_STATUS_LABELS: Readonly<Record<WorkspaceStatus, string>> = {
  ...STATUS_LABELS,
  received: W.statusReceived,
  missing: W.statusMissing,
};

/** A received report not yet returned or approved reads 已收到; others show their workflow status. */
export function workspaceStatus(s: ReportSummary): WorkspaceStatus {
  return s.status === 'submitted' && s.origin?.receivedAt != null ? 'received' : s.status;
}

function sourceLabel(s: ReportSummary): string {
  if (s.consolidatedAgencies !== null) return W.sourceConsolidated;
  if (s.origin === null) return W.sourceTyped;
  return W.formats[s.origin.format] ?? s.origin.format;
}

/** 与上年 of each report by id, as far as worked out; see use-comparisons.ts. */
export type Comparisons = ReadonlyMap<string, PreviousComparison | null>;

function reportRow(s: ReportSummary, comparisons: Comparisons): WorkspaceRow {
  return {
    key: s.id,
    id: s.id,
    agency: s.agency,
    status: workspaceStatus(s),
    errors: s.problems?.errors ?? null,
    warnings: s.problems?.warnings ?? null,
    previous: comparisons.get(s.id) ?? null,
    comparing: !comparisons.has(s.id),
    figures: s.figures,
    source: sourceLabel(s),
    updatedAt: s.updatedAt,
    received: s.origin?.receivedAt != null,
    consolidated: s.consolidatedAgencies !== null,
  };
}

function missingRow(name: string): WorkspaceRow {
  return {
    key: `roster:${name}`,
    id: null,
    agency: name,
    status: 'missing',
    errors: null,
    warnings: null,
    previous: null,
    comparing: false,
    figures: null,
    source: '',
    updatedAt: null,
    received: false,
    consolidated: false,
  };
}

/** The reports of `year` (回收站 and unreadable ones left out), most recently changed first. */
export function reportsOfYear(summaries: readonly ReportSummary[], year: number): ReportSummary[] {
  return summaries.filter((s) => s.year === year && isLive(s));
}

/** Every row of the year's workspace, and the header counts. */
export function buildWorkspace(
  summaries: readonly ReportSummary[],
  year: number,
  roster: readonly string[] | null,
  comparisons: Comparisons,
): { rows: WorkspaceRow[]; counts: WorkspaceCounts } {
  const reports = reportsOfYear(summaries, year);
  const rows = reports.map((s) => reportRow(s, comparisons));
  const agencies = reports.filter((s) => s.consolidatedAgencies === null).map((s) => s.agency);
  const match = roster === null ? null : matchRoster(roster, agencies);
  rows.push(...(match?.missing ?? []).map(missingRow));
  const own = rows.filter((r) => r.id !== null && !r.consolidated);
  const counts: WorkspaceCounts = {
    received: match === null ? own.length : match.matched.length,
    expected: roster === null ? null : roster.length,
    errors: own.reduce((n, r) => n + (r.errors ?? 0), 0),
    warnings: own.reduce((n, r) => n + (r.warnings ?? 0), 0),
    unchecked: own.filter((r) => r.errors === null).length,
  };
  return { rows, counts };
}

/** The text of the 与上年 cell. */
export function previousText(p: PreviousComparison | null, comparing = false): string {
  if (p === null) return comparing ? W.comparing : '';
  if (p.kind === 'consistent') return W.consistent;
  return p.kind === 'mismatch' ? W.mismatches(p.count) : W.noPrevious;
}
