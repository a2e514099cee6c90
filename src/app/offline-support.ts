// Whether the app can work offline in this browser, and whether the start screen has said it
// cannot. A service worker (which keeps the app for offline use) exists only in secure contexts:
// an office intranet serving the app over plain HTTP has none. Everything else works there, so
// the start screen says so once, calmly, and remembers that it did.

/** localStorage key set once the start screen has said that the app cannot work offline. */
export const NO_OFFLINE_NOTED = 'nianbao-no-offline-noted';

/** What the check reads from the browser (injectable for tests). */
export type OfflineEnv = {
  navigator: Pick<Navigator, 'serviceWorker'> | Record<string, never>;
  storage: Pick<Storage, 'getItem'> | undefined;
};

function browserEnv(): OfflineEnv {
  let storage: Storage | undefined;
  try {
    storage = localStorage;
  } catch {
    storage = undefined; // site data disabled
  }
  return { navigator, storage };
}

/** True when the start screen should say that the app cannot work offline here. */
export function shouldSayNoOffline(env: OfflineEnv = browserEnv()): boolean {
  if ('serviceWorker' in env.navigator) return false;
  try {
    return env.storage?.getItem(NO_OFFLINE_NOTED) !== '1';
  } catch {
    return true;
  }
}

/** Remembers that the notice was read. */
export function noteNoOffline(): void {
  try {
    localStorage.setItem(NO_OFFLINE_NOTED, '1');
  } catch {
    // not remembered: the notice comes back next time, which is harmless
  }
}
