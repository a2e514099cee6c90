// Names under which the app keeps data in the browser, in one place because code outside
// Dexie (the raw first read of a report, src/storage/stored-row.ts) reads them too.

/** The IndexedDB database of the app (dexie-schema.ts declares its tables). */
export const DATABASE_NAME = 'nianbao';

/** The table of reports in it, keyed by report id; each row has a `rev`. */
export const REPORTS_TABLE = 'reports';

/** localStorage key prefix of the edit journal (edit-journal.ts), followed by the report id. */
export const JOURNAL_PREFIX = 'nianbao-unsaved:';

/** Name prefix of a report's tab lock (tab-lock.ts), followed by the report id. */
export const REPORT_LOCK_PREFIX = 'nianbao-report:';
