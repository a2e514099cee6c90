// A read of one stored row without Dexie: the page's first read of the report in its address,
// started by the app's entry while the rest of the code (Dexie included) is still downloading.

/**
 * Reads the row `id` of `table` in database `dbName` with the raw IndexedDB API; undefined when
 * there is none or it cannot be read. It never creates the database, and closes it at once (and
 * whenever another connection asks to upgrade it).
 */
export function readStoredRow(
  factory: IDBFactory,
  dbName: string,
  table: string,
  id: string,
): Promise<unknown> {
  return new Promise((done) => {
    const fail = () => done(undefined);
    try {
      const open = factory.open(dbName);
      open.onupgradeneeded = () => open.transaction?.abort(); // no database: never create one
      open.onerror = fail;
      open.onblocked = fail;
      open.onsuccess = () => {
        const db = open.result;
        db.onversionchange = () => db.close();
        try {
          const get = db.transaction(table).objectStore(table).get(id);
          get.onsuccess = () => (db.close(), done(get.result));
          get.onerror = () => (db.close(), fail());
        } catch {
          db.close(); // no such table: a database of another app, or damaged
          fail();
        }
      };
    } catch {
      fail(); // IndexedDB disabled (some private modes)
    }
  });
}
