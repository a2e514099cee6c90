import type { KeyValueStorage } from './edit-journal';
import { SAVED_VIEW_INDEX, SAVED_VIEW_PREFIX } from './storage-keys';

// The saved views (src/app/saved-view/) of the few reports last kept, in localStorage: one key
// per report (the boot script reads only the one it needs) and a list of their ids, most recent
// first, so that the oldest goes when there are too many or when space runs out. They are copies
// of stored data: the edit journal, which holds unsaved work, takes their place when it must.

/** How many reports keep a saved view. */
export const SAVED_VIEWS_KEPT = 4;

/** The ids of the reports with a saved view, most recently kept first. */
export function savedViewIds(storage: KeyValueStorage): string[] {
  try {
    const ids: unknown = JSON.parse(storage.getItem(SAVED_VIEW_INDEX) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function setIds(storage: KeyValueStorage, ids: readonly string[]): void {
  if (ids.length === 0) storage.removeItem(SAVED_VIEW_INDEX);
  else storage.setItem(SAVED_VIEW_INDEX, JSON.stringify(ids));
}

/** Removes the saved view kept longest ago; false when there is none. */
export function dropOldestSavedView(storage: KeyValueStorage): boolean {
  const ids = savedViewIds(storage);
  const oldest = ids.pop();
  if (oldest === undefined) return false;
  storage.removeItem(SAVED_VIEW_PREFIX + oldest);
  setIds(storage, ids);
  return true;
}

/**
 * Keeps `text` as the saved view of report `id`, the most recent; the oldest views go when more
 * than `kept` are kept or when storage is full. False when it could not be kept at all.
 */
export function keepSavedView(
  storage: KeyValueStorage,
  id: string,
  text: string,
  kept = SAVED_VIEWS_KEPT,
): boolean {
  try {
    const others = savedViewIds(storage).filter((other) => other !== id);
    for (const old of others.splice(kept - 1)) storage.removeItem(SAVED_VIEW_PREFIX + old);
    setIds(storage, [id, ...others]);
    for (;;) {
      try {
        storage.setItem(SAVED_VIEW_PREFIX + id, text);
        return true;
      } catch {
        if (savedViewIds(storage).length <= 1 || !dropOldestSavedView(storage)) throw new Error();
      }
    }
  } catch {
    forgetSavedView(storage, id); // an older view of this report must not stay in its place
    return false;
  }
}

/** Removes the saved view of report `id`. */
export function forgetSavedView(storage: KeyValueStorage, id: string): void {
  try {
    storage.removeItem(SAVED_VIEW_PREFIX + id);
    setIds(
      storage,
      savedViewIds(storage).filter((other) => other !== id),
    );
  } catch {
    // storage disabled: nothing is kept
  }
}
