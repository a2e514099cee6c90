import type { ReportDocument } from '../report/document';
import { normalizeAgency } from './roster';

// The result line of each file of a batch the 政务公开办 receives (report-format.md, issue 12):
// 新增, 已更新 (a newer version; the old one goes to history), 与已存相同, or 未导入 with the
// reason. A file older than the version already there is kept in history and says so, and a
// file of another year goes to that year's workspace and says so. Pure: the caller imports,
// looks up the stored version, writes, and shows the line.

/** What happened to a received file. `older`: kept in history, the current version stays. */
export type ReceiveOutcome = 'added' | 'updated' | 'identical' | 'older' | 'refused';

/** A version of a report: its content key and when it was last changed (ISO time). */
export type KnownVersion = { readonly contentKey: string; readonly updatedAt: string };

/** One received file after import: a document with its version, or the reason it was refused. */
export type ReceivedFile = {
  readonly fileName: string;
  readonly imported:
    | ({ readonly ok: true; readonly document: ReportDocument } & KnownVersion)
    | { readonly ok: false; readonly error: string };
};

/** The result line of one received file. */
export type ReceiveLine = {
  readonly fileName: string;
  readonly outcome: ReceiveOutcome;
  /** 新增 / 已更新 / 与已存相同 / 已存入历史 / 未导入 */
  readonly label: string;
  /** The whole line in Chinese, e.g. 「新增：平湖市科技局 2024 年度报告」. */
  readonly text: string;
  readonly agency: string | null;
  readonly year: number | null;
  /** The report is of another year than the workspace's (it went to its own year's workspace). */
  readonly otherYear: boolean;
  /** The file's version (null when refused). */
  readonly version: KnownVersion | null;
  /** An earlier file of this batch that this one replaced as the current version. */
  readonly replaces: string | null;
};

/** Where a received file is classified: the workspace year, the stored version, the batch so far. */
export type ReceiveContext = {
  readonly workspaceYear: number;
  /** The stored report of the same agency and year as the file, if any. */
  readonly stored: KnownVersion | null;
  /** Lines of the files of this batch classified before this one. */
  readonly earlier: readonly ReceiveLine[];
};

/** The Chinese word of each outcome, as the result lines show it. */
export const RECEIVE_LABELS: Readonly<Record<ReceiveOutcome, string>> = {
  added: '新增',
  updated: '已更新',
  identical: '与已存相同',
  older: '已存入历史',
  refused: '未导入',
};

const sameReport = (line: ReceiveLine, agency: string, year: number): boolean =>
  line.year === year &&
  line.agency !== null &&
  normalizeAgency(line.agency) === normalizeAgency(agency);

/** The detail after the report's name, by outcome and by what it was compared with. */
function detail(outcome: ReceiveOutcome, batchFile: string | null): string {
  const against = batchFile === null ? '已存版本' : `本批文件「${batchFile}」`;
  if (outcome === 'added') return '';
  if (outcome === 'identical') return `，与${against}相同，未重复导入`;
  if (outcome === 'updated') return `，比${against}新，已替换为此版本，旧版本已存入历史记录`;
  return `，比${against}旧，已存入历史记录，当前版本不变`;
}

/** The result line of one received file: 新增 / 已更新 (newer version; old to history) / 与已存相同 / 未导入 + reason; other-year and same-batch duplicates say so. */
export function classifyReceived(file: ReceivedFile, context: ReceiveContext): ReceiveLine {
  const { fileName, imported } = file;
  if (!imported.ok) {
    const text = `未导入：${imported.error}`;
    const none = { agency: null, year: null, otherYear: false, version: null, replaces: null };
    return { fileName, outcome: 'refused', label: RECEIVE_LABELS.refused, text, ...none };
  }
  const { agency, year } = imported.document.meta;
  const version = { contentKey: imported.contentKey, updatedAt: imported.updatedAt };
  const batch = context.earlier.filter((l) => l.version !== null && sameReport(l, agency, year));
  const twin = batch.find((l) => l.version?.contentKey === version.contentKey);
  // The current version: the last file of this batch that became current, else the stored one.
  const currentFile = [...batch]
    .reverse()
    .find((l) => l.outcome === 'added' || l.outcome === 'updated');
  const current = currentFile?.version ?? context.stored;
  let outcome: ReceiveOutcome;
  let against: string | null = currentFile?.fileName ?? null;
  if (twin) [outcome, against] = ['identical', twin.fileName];
  else if (current === null) outcome = 'added';
  else if (current.contentKey === version.contentKey) outcome = 'identical';
  else outcome = version.updatedAt >= current.updatedAt ? 'updated' : 'older';
  const otherYear = year !== context.workspaceYear;
  const where = otherYear ? `（不是 ${context.workspaceYear} 年度，已放入 ${year} 年工作台）` : '';
  const text = `${RECEIVE_LABELS[outcome]}：${agency} ${year} 年度报告${detail(outcome, against)}${where}`;
  const replaces = outcome === 'updated' ? (currentFile?.fileName ?? null) : null;
  return {
    fileName,
    outcome,
    label: RECEIVE_LABELS[outcome],
    text,
    agency,
    year,
    otherYear,
    version,
    replaces,
  };
}

/** An earlier line of the batch, rewritten once a newer file of the batch replaced it. */
export function supersededLine(line: ReceiveLine, by: string): ReceiveLine {
  return {
    ...line,
    text: `${line.text}；随后被本批较新的文件「${by}」取代，此版本已存入历史记录`,
  };
}

function lastIndexWhere<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

/** The lines of a whole batch, in order; `stored` looks up the stored version of an agency and year. */
export function classifyBatch(
  files: readonly ReceivedFile[],
  workspaceYear: number,
  stored: (agency: string, year: number) => KnownVersion | null,
): ReceiveLine[] {
  const lines: ReceiveLine[] = [];
  for (const file of files) {
    const meta = file.imported.ok ? file.imported.document.meta : null;
    const found = meta ? stored(meta.agency, meta.year) : null;
    const line = classifyReceived(file, { workspaceYear, stored: found, earlier: lines });
    // The line it replaced is the last current one of that report, found from the end.
    const replaced =
      line.replaces === null ? -1 : lastIndexWhere(lines, (l) => l.fileName === line.replaces);
    const old = lines[replaced];
    if (old) lines[replaced] = supersededLine(old, file.fileName);
    lines.push(line);
  }
  return lines;
}
