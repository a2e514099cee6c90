// Versions before issue 13 kept an HTML copy of the last four editors in localStorage (the
// "saved view"). The app no longer reads them; left behind, they would hold up to a few hundred
// kB of the origin's small localStorage quota, which the edit journal needs for unsaved work.

/** localStorage key prefix of a report's saved view (removed in issue 13), then its id. */
const SAVED_VIEW_PREFIX = 'nianbao-saved-view:';

/** localStorage key of the list of saved views (removed in issue 13). */
const SAVED_VIEW_INDEX = 'nianbao-saved-views';

/** The part of the Web Storage API this needs (a Map-backed stand-in in tests). */
export type KeyedStorage = Pick<Storage, 'length' | 'key' | 'removeItem'>;

/** Removes every saved view an older version left in `storage`; returns how many keys went. */
export function forgetSavedViews(storage: KeyedStorage): number {
  const stale: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && (key === SAVED_VIEW_INDEX || key.startsWith(SAVED_VIEW_PREFIX))) {
      stale.push(key);
    }
  }
  for (const key of stale) storage.removeItem(key);
  return stale.length;
}
