import {
  REPORT_STATUSES,
  type Acknowledgement,
  type ProblemCounts,
  type ReportStatus,
  type UncheckedRecord,
} from './record';
import { readReview } from './record-review';
import { readConsolidation, readOrigin } from './record-origin';
import { isPlainObject } from '../report/document';

// Lenient reading of the fields around a stored or backed-up document: whatever can be read is
// kept, whatever is missing gets its default (records of older releases lack the newer fields),
// and only a record without an id is refused. The document itself is checked by the caller.

type Raw = Record<string, unknown>;
const EPOCH = '1970-01-01T00:00:00.000Z';

/** The outcome of reading a record's fields. */
export type RecordFieldsResult =
  { ok: true; record: UncheckedRecord; repairs: string[] } | { ok: false; error: string };

function isStatus(v: unknown): v is ReportStatus {
  return REPORT_STATUSES.some((s) => s === v);
}

function readAcknowledgement(v: unknown): Acknowledgement | null {
  if (!isPlainObject(v) || typeof v.rule !== 'string' || typeof v.reason !== 'string') return null;
  const fields = Array.isArray(v.fields) ? v.fields.filter((f) => typeof f === 'string') : [];
  return { rule: v.rule, fields, reason: v.reason, at: typeof v.at === 'string' ? v.at : '' };
}

function readProblems(v: unknown): ProblemCounts | null {
  if (!isPlainObject(v)) return null;
  const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
  return { errors: count(v.errors), warnings: count(v.warnings) };
}

function readTime(raw: Raw, key: 'createdAt' | 'updatedAt', repairs: string[]): string {
  const v = raw[key];
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return v;
  repairs.push(`${key} 无效，已设为 ${EPOCH}`);
  return EPOCH;
}

/** Reads the fields of a report record, filling defaults; refuses only a record without an id. */
export function readRecordFields(raw: unknown): RecordFieldsResult {
  if (!isPlainObject(raw)) return { ok: false, error: '不是一条报告记录（应为一个对象）' };
  if (typeof raw.id !== 'string' || raw.id === '') return { ok: false, error: '报告记录缺少 id' };
  const repairs: string[] = [];
  const rev = typeof raw.rev === 'number' && Number.isInteger(raw.rev) && raw.rev > 0 ? raw.rev : 1;
  if (rev !== raw.rev) repairs.push(`rev 无效，已设为 1`);
  const status = isStatus(raw.status) ? raw.status : 'draft';
  if (status !== raw.status)
    repairs.push(`状态 ${JSON.stringify(raw.status ?? null)} 无效，已设为草稿`);
  const acks = Array.isArray(raw.acknowledgements) ? raw.acknowledgements : [];
  const record: UncheckedRecord = {
    id: raw.id,
    document: raw.document,
    rev,
    status,
    createdAt: readTime(raw, 'createdAt', repairs),
    updatedAt: readTime(raw, 'updatedAt', repairs),
    deletedAt: typeof raw.deletedAt === 'string' ? raw.deletedAt : null,
    acknowledgements: acks.map(readAcknowledgement).filter((a) => a !== null),
    problems: readProblems(raw.problems),
    review: readReview(raw.review),
    consolidation: readConsolidation(raw.consolidation),
    origin: readOrigin(raw.origin),
  };
  return { ok: true, record, repairs };
}
