import { REPORT_KIND, isPlainObject } from '../report/document';
import { hashString, stableStringify } from './content-key';
import type { ReportRecord, UncheckedRecord } from './record';
import { readRecordFields } from './record-fields';

// The backup file: every stored report with its status and timestamps, so a wiped browser
// (cleared cache, Safari's 7-day rule, an evicted profile) can be brought back from a file.
// Strict when writing (kind, version, checksum); when reading, another kind of file or a newer
// version is refused as a whole, and record fields are read leniently.

export const BACKUP_KIND = 'gov-info-disclosure-annual-report-backup';
export const BACKUP_SCHEMA_VERSION = 1;

/** The roster (名单) of one year in a backup: the agencies the 政务公开办 expects to report. */
export type BackupRoster = { year: number; names: string[] };

/** A backup file (schema version 1). */
export type BackupFile = {
  kind: typeof BACKUP_KIND;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  exportedAt: string;
  /** `hashString` of the reports serialised with sorted keys; catches truncated or damaged files. */
  checksum: string;
  reports: ReportRecord[];
  /**
   * The workspace's rosters (issue 12). Added within version 1: older files have none and older
   * releases ignore them; not covered by the checksum, which older releases check as it was.
   */
  rosters: BackupRoster[];
};

/** A backup whose envelope is valid and whose documents are still to be checked. */
export type UncheckedBackup = Omit<BackupFile, 'reports'> & { reports: UncheckedRecord[] };

/** The outcome of checking a backup: refusals concern the whole file and import nothing. */
export type BackupCheck =
  { ok: true; backup: UncheckedBackup; repairs: string[] } | { ok: false; error: string };

type Raw = Record<string, unknown>;
const NOTHING = '未导入任何内容。';

function checksumOf(reports: unknown): string {
  return hashString(stableStringify(reports));
}

/** A backup of the given records (and rosters), stamped with the export time. */
export function createBackup(
  reports: readonly ReportRecord[],
  exportedAt: string,
  rosters: readonly BackupRoster[] = [],
): BackupFile {
  return {
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    checksum: checksumOf(reports),
    reports: [...reports],
    rosters: rosters.map((r) => ({ year: r.year, names: [...r.names] })),
  };
}

/** The rosters of a file, read leniently: a damaged entry is dropped, names must be text. */
function readRosters(v: unknown): BackupRoster[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((r: unknown) => {
    if (!isPlainObject(r) || typeof r.year !== 'number' || !Number.isInteger(r.year)) return [];
    const names = Array.isArray(r.names) ? r.names.filter((n) => typeof n === 'string') : [];
    return [{ year: r.year, names }];
  });
}

/** The text of a backup file. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function checkEnvelope(raw: Raw): string | null {
  if (raw.kind === REPORT_KIND) {
    return `这是一份年度报告文件，不是备份文件；请使用“导入报告”。${NOTHING}`;
  }
  if (raw.kind !== BACKUP_KIND) {
    return `这不是年度报告的备份文件（kind 为 ${JSON.stringify(raw.kind ?? null)}）。${NOTHING}`;
  }
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return `备份文件缺少有效的格式版本（schemaVersion）。${NOTHING}`;
  }
  if (v > BACKUP_SCHEMA_VERSION) {
    return `备份文件的格式版本为 ${v}，比本程序支持的版本 ${BACKUP_SCHEMA_VERSION} 新。请升级本程序后再导入；${NOTHING}`;
  }
  if (!Array.isArray(raw.reports)) return `备份文件中没有报告列表（reports）。${NOTHING}`;
  if (typeof raw.checksum === 'string' && raw.checksum !== checksumOf(raw.reports)) {
    return `备份文件校验失败，内容可能已损坏或被修改。${NOTHING}`;
  }
  return null;
}

function readReports(
  list: readonly unknown[],
): { reports: UncheckedRecord[]; repairs: string[] } | { error: string } {
  const reports: UncheckedRecord[] = [];
  const repairs: string[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const r = readRecordFields(raw);
    if (!r.ok) return { error: `备份文件中第 ${i + 1} 份报告无法读取：${r.error}。${NOTHING}` };
    if (seen.has(r.record.id)) {
      return { error: `备份文件中报告 ${r.record.id} 出现了不止一次。${NOTHING}` };
    }
    seen.add(r.record.id);
    reports.push(r.record);
    repairs.push(...r.repairs.map((m) => `报告 ${r.record.id}：${m}`));
  }
  return { reports, repairs };
}

/** Checks a parsed backup file: refuses another kind, a newer version, a bad checksum or duplicate ids. */
export function checkBackup(raw: unknown): BackupCheck {
  if (!isPlainObject(raw)) return { ok: false, error: `这不是年度报告的备份文件。${NOTHING}` };
  const refusal = checkEnvelope(raw);
  if (refusal) return { ok: false, error: refusal };
  const read = readReports(Array.isArray(raw.reports) ? raw.reports : []);
  if ('error' in read) return { ok: false, error: read.error };
  const backup: UncheckedBackup = {
    kind: BACKUP_KIND,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : '',
    checksum: typeof raw.checksum === 'string' ? raw.checksum : '',
    reports: read.reports,
    rosters: readRosters(raw.rosters),
  };
  return { ok: true, backup, repairs: read.repairs };
}

/** Parses and checks the text of a backup file. */
export function parseBackup(text: string): BackupCheck {
  try {
    return checkBackup(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `备份文件不是有效的 JSON（${why}）。${NOTHING}` };
  }
}
