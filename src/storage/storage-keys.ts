// Names under which the app keeps data in the browser, in one place because code that runs
// before the app (index.html's boot script, src/app/saved-view/) reads them too.

/** The IndexedDB database of the app (dexie-schema.ts declares its tables). */
export const DATABASE_NAME = 'nianbao';

/** The table of reports in it, keyed by report id; each row has a `rev`. */
export const REPORTS_TABLE = 'reports';

/** localStorage key prefix of the edit journal (edit-journal.ts), followed by the report id. */
export const JOURNAL_PREFIX = 'nianbao-unsaved:';

/** localStorage key prefix of a report's saved view (src/app/saved-view/), then its id. */
export const SAVED_VIEW_PREFIX = 'nianbao-saved-view:';

/** localStorage key of the ids of the reports with a saved view, most recently kept first. */
export const SAVED_VIEW_INDEX = 'nianbao-saved-views';

/** Name prefix of a report's tab lock (tab-lock.ts), followed by the report id. */
export const REPORT_LOCK_PREFIX = 'nianbao-report:';
