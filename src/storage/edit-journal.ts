import type { TemplateDef } from '../domain/template/types';
import { gov2021 } from '../domain/template/gov-2021';
import type { ReportDocument } from '../domain/report/document';
import type { Acknowledgement } from '../domain/drafts/record';
import { restoreStoredDocument } from './restore-document';
import { JOURNAL_PREFIX } from './storage-keys';

// A write-ahead journal for the editor (pitfalls.md items 6–7). IndexedDB writes are
// asynchronous: a tab closed or crashed within the autosave delay, or while a save is in
// flight, would lose the last edit. So every committed edit is also written synchronously to
// localStorage, tagged with the rev it was made on, and cleared once IndexedDB holds it. On
// the next open, a journal whose base rev is still the stored rev holds newer work and is
// replayed; one with another base rev is stale (its save went through) and is dropped.

/** What the journal keeps for a report. */
export type JournalEntry = {
  baseRev: number;
  document: ReportDocument;
  acknowledgements: Acknowledgement[];
};

/** The part of `localStorage` used here. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The journal of unsaved edits, one entry per report. */
export type EditJournal = {
  /** Records an edit; false when localStorage refused it (private mode, full). */
  write(id: string, entry: JournalEntry): boolean;
  /** Newer work than the stored rev `rev`, if the journal holds some. */
  recover(id: string, rev: number): JournalEntry | undefined;
  clear(id: string): void;
};

const PREFIX = JOURNAL_PREFIX;

function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some browsers throw on access when site data is disabled
  }
}

function parse(t: TemplateDef, text: string | null, rev: number): JournalEntry | undefined {
  if (text === null) return undefined;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    if (raw.baseRev !== rev) return undefined;
    const doc = restoreStoredDocument(t, raw.document);
    if (!doc.ok) return undefined;
    const acks = Array.isArray(raw.acknowledgements) ? raw.acknowledgements : [];
    return { baseRev: rev, document: doc.document, acknowledgements: acks as Acknowledgement[] };
  } catch {
    return undefined;
  }
}

/** The journal on `storage` (localStorage by default); does nothing where storage is missing. */
export function createEditJournal(
  storage: KeyValueStorage | undefined = browserStorage(),
  t: TemplateDef = gov2021,
): EditJournal {
  return {
    write(id, entry) {
      if (!storage) return false;
      const text = JSON.stringify(entry);
      try {
        storage.setItem(PREFIX + id, text);
        return true;
      } catch {
        return false; // full, or storage disabled: the caller says so
      }
    },
    recover(id, rev) {
      try {
        const found = parse(t, storage?.getItem(PREFIX + id) ?? null, rev);
        if (!found) storage?.removeItem(PREFIX + id);
        return found;
      } catch {
        return undefined;
      }
    },
    clear(id) {
      try {
        storage?.removeItem(PREFIX + id);
      } catch {
        // nothing to clear
      }
    },
  };
}
