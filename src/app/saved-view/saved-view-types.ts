// The saved view: the editor's last rendering of a report, kept in localStorage and painted by
// index.html's boot script on the next cold load of that report (see boot-script.ts).

/** What localStorage keeps for a report (src/storage/saved-view-slots.ts: the last few). */
export type SavedView = {
  /** The build that rendered it: another build's markup is never shown. */
  build: string;
  id: string;
  /** The stored rev the view shows; the boot script compares it with IndexedDB. */
  rev: number;
  /** The inner HTML of #root, every field's value written into its markup. */
  html: string;
};

/** Text typed into fields of the saved view, by field name (= field path). */
export type FieldEdits = Record<string, string>;

/** The field that had the focus, with its selection. */
export type FieldFocus = { name: string; start: number; end: number };

/** Settings of the boot script, written into index.html at build time. */
export type BootConfig = {
  /** localStorage key prefix of a report's saved view, followed by its id. */
  keyPrefix: string;
  build: string;
  /** Name prefix of a report's tab lock (src/storage/tab-lock.ts), followed by its id. */
  lockPrefix: string;
  /** Key prefix of the edit journal (src/storage/edit-journal.ts). */
  journalPrefix: string;
  dbName: string;
  table: string;
  failedAfterMs: number;
  failedMessage: string;
};

/** What the boot script leaves on `window.nianbaoBoot` for the app. */
export type BootState = {
  build: string;
  /** shown: on screen; withdrawn: refused by the stored rev; taken: the editor replaced it. */
  state: 'none' | 'shown' | 'withdrawn' | 'taken';
  root: HTMLElement | null;
  /** Typed before a withdrawal (while shown, `collect` reads them from the fields). */
  edits: FieldEdits;
  collect?: () => { edits: FieldEdits; focus: FieldFocus | null };
  onWithdraw?: (() => void) | null;
};
