// A read of one stored row without Dexie, for index.html's boot script (src/app/saved-view/):
// the function's source text is written into the page, so it uses nothing but the browser.

/**
 * Reads the row `id` of `table` and hands it to `done` (undefined when there is none or it
 * cannot be read). Raw IndexedDB: it runs in index.html's boot script, before Dexie (part of the
 * app's code) is there; it never creates the database, and closes it at once.
 */
export function readStoredRow(
  w: Window,
  dbName: string,
  table: string,
  id: string,
  done: (row: unknown) => void,
): void {
  const fail = () => done(undefined);
  try {
    const open = w.indexedDB.open(dbName);
    open.onupgradeneeded = () => open.transaction?.abort(); // no database: never create one
    open.onerror = fail;
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        const get = db.transaction(table).objectStore(table).get(id);
        get.onsuccess = () => (db.close(), done(get.result));
        get.onerror = () => (db.close(), fail());
      } catch {
        db.close();
        fail();
      }
    };
  } catch {
    fail();
  }
}
