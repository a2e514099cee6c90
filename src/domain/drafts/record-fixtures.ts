import { gov2021 } from '../template/gov-2021';
import { createEmptyReport, setAtPath } from '../report/document';
import { emptyReview, type ReportRecord } from './record';

// Builders for tests of drafts and storage (not used by the app).

/** A stored record with sensible defaults; `agency` and `overrides` vary it. */
export function buildRecord(
  id: string,
  overrides: Partial<ReportRecord> = {},
  agency = '平湖市科技局',
): ReportRecord {
  return {
    id,
    document: createEmptyReport(gov2021, { agency, year: 2021 }),
    rev: 1,
    status: 'draft',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt: null,
    acknowledgements: [],
    problems: null,
    review: emptyReview(),
    consolidation: null,
    origin: null,
    ...overrides,
  };
}

/** The record with one cell changed and a later updatedAt: another version of the same report. */
export function editRecord(r: ReportRecord, value: number, updatedAt: string): ReportRecord {
  const document = setAtPath(r.document, 'proactive.licensing', value);
  return { ...r, document, updatedAt, rev: r.rev + 1 };
}
