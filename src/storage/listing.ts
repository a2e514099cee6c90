import type { TemplateDef } from '../domain/template/types';
import { memoByTemplate } from '../domain/template/memo';
import { isPlainObject } from '../domain/report/document';
import { hashString } from '../domain/drafts/content-key';
import { REPORT_STATUSES } from '../domain/drafts/record';
import type { ReportSummary } from './report-store';
import { yearLinkPaths } from './row-digest';
import { summarize } from './store-records';

// The list line of each report, kept in a table of its own (`listing`, schema version 5) and
// written with the report in the same transaction: listing 1,000 reports then reads 1,000 small
// rows instead of 1,000 documents (reading the whole rows took most of the time the drafts list
// and the workspace needed to open). A listing row is derived data: one that is missing, damaged
// or of another format is worked out again from the report's row (see dexie-listing.ts).

/** Bump when ReportSummary or `summarize` changes: older listing rows are then recomputed. */
const LISTING_VERSION = 1;

/** A stored listing row: the report's summary, stamped with the format it was written in. */
export type ListingRow = { id: string; format: string; summary: ReportSummary };

/** The format stamp: the version above, the template and the cells a summary's yearLink keeps. */
export const listingFormat = memoByTemplate((t: TemplateDef): string =>
  hashString(`${LISTING_VERSION}|${t.id}|${yearLinkPaths(t).join(',')}`),
);

/** The listing row of a stored report row, or null for a row that is not a report record. */
export function listingOf(t: TemplateDef, raw: unknown): ListingRow | null {
  const summary = summarize(t, raw);
  return summary && { id: summary.id, format: listingFormat(t), summary };
}

const isText = (v: unknown) => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';
const isObjectOrNull = (v: unknown) => v === null || isPlainObject(v);
const isStatus = (v: unknown) => REPORT_STATUSES.some((s) => s === v);

function isSummary(s: Record<string, unknown>): boolean {
  return (
    isText(s.id) &&
    isText(s.agency) &&
    Number.isInteger(s.year) &&
    isText(s.title) &&
    isStatus(s.status) &&
    Number.isInteger(s.rev) &&
    isText(s.createdAt) &&
    isText(s.updatedAt) &&
    isTextOrNull(s.deletedAt) &&
    isTextOrNull(s.unreadable) &&
    isText(s.contentKey) &&
    isObjectOrNull(s.problems) &&
    isObjectOrNull(s.figures) &&
    isObjectOrNull(s.origin) &&
    isObjectOrNull(s.yearLink) &&
    (s.consolidatedAgencies === null || Array.isArray(s.consolidatedAgencies))
  );
}

/** The summary kept in a listing row, or null when it must be worked out again from the report. */
export function readListing(t: TemplateDef, raw: unknown): ReportSummary | null {
  if (!isPlainObject(raw) || raw.format !== listingFormat(t) || !isPlainObject(raw.summary))
    return null;
  const s = raw.summary;
  return isSummary(s) && s.id === raw.id ? (s as ReportSummary) : null;
}
