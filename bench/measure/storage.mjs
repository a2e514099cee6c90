// Time from the last keystroke until the edit is in IndexedDB.
//
// On a stored report (/?report=<id>), the bench types a new value into requests.granted.natural
// and presses Enter (the editor commits a cell on Enter/Tab/blur; before that the value is only
// a preview). A capture-phase keydown listener notes the Enter key's event.timeStamp. The page
// then polls IndexedDB directly (its own connection to the 'nianbao' database, a read-only
// transaction on `reports` every 4 ms) until the stored record's document holds the new value;
// the sample is that moment minus the key's timestamp. The moment the save status
// (role="status") first reads 已保存 after the key is recorded too, as a second figure.
import {
  figure,
  editorReady,
  freshPage,
  log,
  NO_STORAGE,
  openSample,
  settle,
  unavailable,
} from '../lib.mjs';

const CELL = 'requests.granted.natural';

function install({ id, path }) {
  const b = { t0: null, statusAt: null, left: false };
  window.__sbench = b;
  // 已保存 counts once the status has left 已保存 after the key (e.g. via 正在保存…) and
  // come back; a status that already read 已保存 at the key is not this edit's save.
  const saved = () =>
    [...document.querySelectorAll('[role="status"]')].some((n) => n.textContent.includes('已保存'));
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter') {
        b.t0 = e.timeStamp;
        b.statusAt = null;
        b.left = !saved();
      }
    },
    true,
  );
  new MutationObserver(() => {
    if (b.t0 === null || b.statusAt !== null) return;
    if (!saved()) b.left = true;
    else if (b.left) b.statusAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  const get = (obj, p) => p.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
  const db = new Promise((ok, fail) => {
    const req = indexedDB.open('nianbao');
    req.onsuccess = () => {
      const conn = req.result;
      conn.onversionchange = () => conn.close();
      ok(conn);
    };
    req.onerror = () => fail(req.error);
  });
  /** Resolves to performance.now() when reports[id] holds `value` at `path`, or null after 10 s. */
  window.__waitStored = async (value) => {
    const conn = await db;
    const start = performance.now();
    for (;;) {
      const row = await new Promise((ok, fail) => {
        const req = conn.transaction('reports', 'readonly').objectStore('reports').get(id);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const now = performance.now();
      if (row && get(row.document ?? row, path) === value) return now;
      if (now - start > 10000) return null;
      await new Promise((ok) => setTimeout(ok, 4));
    }
  };
}

export async function measureStorage({ browser, appUrl, storage, warmup = 3, reps = 20 }) {
  const { context, page } = await freshPage(browser);
  try {
    const id = storage ? await openSample(page, appUrl) : null;
    if (!id) {
      return [
        unavailable('saveToIdb', 'last keystroke → edit in IndexedDB', 'ms', NO_STORAGE),
        unavailable('saveStatus', 'last keystroke → 已保存 shown', 'ms', NO_STORAGE),
      ];
    }
    log('storage: edit → IndexedDB');
    await page.goto(`${appUrl}/?report=${encodeURIComponent(id)}`);
    await editorReady(page);
    const hasDb = await page.evaluate(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'nianbao'),
    );
    if (!hasDb) {
      const why = "no IndexedDB database named 'nianbao' after opening a stored report";
      return [
        unavailable('saveToIdb', 'last keystroke → edit in IndexedDB', 'ms', why),
        unavailable('saveStatus', 'last keystroke → 已保存 shown', 'ms', why),
      ];
    }
    await page.evaluate(install, { id, path: CELL });
    await settle(page);
    const toDb = [];
    const toStatus = [];
    const input = page.locator(`input[name="${CELL}"]`);
    for (let i = 0; i < warmup + reps; i++) {
      const value = 100 + i;
      await input.focus();
      await input.evaluate((el) => el.select()); // typing replaces the value (the app does this too)
      await page.keyboard.type(String(value));
      await page.keyboard.press('Enter');
      const stored = await page.evaluate((v) => window.__waitStored(v), value);
      if (stored === null) throw new Error(`value ${value} not in IndexedDB within 10 s`);
      const { t0 } = await page.evaluate(() => window.__sbench);
      // Give the status a moment to settle on 已保存 before reading it.
      await page
        .waitForFunction(() => window.__sbench.statusAt !== null, null, { timeout: 3000 })
        .catch(() => {});
      const { statusAt } = await page.evaluate(() => window.__sbench);
      if (i >= warmup) {
        toDb.push(stored - t0);
        if (statusAt !== null) toStatus.push(statusAt - t0);
      }
      await settle(page);
    }
    return [
      figure({
        id: 'saveToIdb',
        name: 'last keystroke → edit in IndexedDB',
        unit: 'ms',
        app: toDb,
      }),
      toStatus.length
        ? figure({
            id: 'saveStatus',
            name: 'last keystroke → 已保存 shown',
            unit: 'ms',
            app: toStatus,
          })
        : unavailable(
            'saveStatus',
            'last keystroke → 已保存 shown',
            'ms',
            'no role="status" element read 已保存 after a save',
          ),
    ];
  } finally {
    await context.close();
  }
}
