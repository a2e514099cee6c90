import { DATABASE_NAME, REPORTS_TABLE } from './storage-keys';
import { readStoredRow } from './stored-row';

// The page's first read of the report in its address, started by the app's entry before React,
// Dexie or the editor's code have arrived (src/app/main.tsx), so that the stored row is there
// when the editor is. The editor takes it once (src/app/persisted-editor/use-report-session.ts);
// later opens, and a row this read did not find, go through the store.

let started: { id: string; row: Promise<unknown> } | null = null;

/** Starts reading report `id` straight from IndexedDB (no-op where there is no IndexedDB). */
export function startFirstRead(
  id: string,
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): void {
  if (!factory) return;
  started = { id, row: readStoredRow(factory, DATABASE_NAME, REPORTS_TABLE, id) };
}

/**
 * The stored row of report `id` from the first read, once (undefined: no read of it was started,
 * or it was taken already). The row is undefined when the read found none or failed: ask the
 * store then, which knows why.
 */
export function takeFirstRead(id: string): Promise<unknown> | undefined {
  if (started?.id !== id) return undefined;
  const { row } = started;
  started = null;
  return row;
}
