// The drafts list with 1,000 stored reports: time until it is shown, and filtering.
//
// Seeding: /?demo=sample stores one report; the bench reads that row back from IndexedDB
// (database 'nianbao', table `reports`, see src/storage/dexie-schema.ts) with the raw API and
// writes copies in one transaction until the table holds 1,000 rows, each with its own id,
// agency 「基准测试单位kNNNN」 and timestamps (record shape: src/domain/drafts/record.ts).
//
// Shown: `/` is loaded (warm HTTP cache, so this is the list's cost, not the download's); an
// init script notes performance.now() (ms since navigation start) when the first table row
// ([role="row"] or <tr>) naming a seeded agency is in the DOM.
// Filtering: a query naming exactly one report (e.g. k0777) is typed into the list's filter
// box; the sample is from the last key's event.timeStamp to when every listed seeded row
// contains the query (at least one row).
import { figure, freshPage, log, NO_STORAGE, openSample, settle, unavailable } from '../lib.mjs';

const COUNT = 1000;
const SEED = '基准测试单位k';
const FILTER_BOX = [
  'input[type="search"]',
  '[role="searchbox"]',
  'input[placeholder*="筛选"]',
  'input[placeholder*="搜索"]',
  'input[placeholder*="查找"]',
  'input[aria-label*="筛选"]',
  'input[aria-label*="搜索"]',
  'input[aria-label*="查找"]',
].join(', ');

function seed({ count, prefix }) {
  const req = (r) =>
    new Promise((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  return (async () => {
    const db = await req(indexedDB.open('nianbao'));
    try {
      const rows = await req(db.transaction('reports').objectStore('reports').getAll());
      const template = rows[0];
      if (!template) throw new Error('no stored report to copy');
      const tx = db.transaction('reports', 'readwrite');
      const store = tx.objectStore('reports');
      const base = Date.parse('2025-01-01T00:00:00Z');
      for (let i = rows.length; i < count; i++) {
        const copy = structuredClone(template);
        const n = String(i).padStart(4, '0');
        copy.id = `bench-${n}`;
        const doc = copy.document ?? copy;
        if (doc.meta) {
          doc.meta.agency = `${prefix}${n}`;
          if ('title' in doc.meta) doc.meta.title = '';
          doc.meta.year = 2020 + (i % 6);
        }
        const at = new Date(base + i * 60000).toISOString();
        copy.createdAt = at;
        copy.updatedAt = at;
        store.put(copy);
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      return await req(db.transaction('reports').objectStore('reports').count());
    } finally {
      db.close();
    }
  })();
}

function watchList({ prefix, texts }) {
  const rows = () => [...document.querySelectorAll('[role="row"], tr')];
  const seeded = () => rows().filter((r) => r.textContent.includes(prefix));
  window.__seeded = seeded;
  const shown = () => rows().some((r) => texts.some((t) => r.textContent.includes(t)));
  const obs = new MutationObserver(() => {
    if (window.__listShown === undefined && shown()) {
      window.__listShown = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true });
}

function installFilter() {
  const b = { t0: null, q: null, doneAt: null };
  window.__fbench = b;
  window.addEventListener('keydown', (e) => void (b.t0 = e.timeStamp), true);
  new MutationObserver(() => {
    if (!b.q || b.doneAt !== null) return;
    const rows = window.__seeded();
    if (rows.length > 0 && rows.every((r) => r.textContent.includes(b.q)))
      b.doneAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export async function measureDrafts({ browser, appUrl, storage, reps = 10, filterReps = 10 }) {
  const names = { list: '1,000 drafts → list shown', filter: 'filter 1,000 drafts' };
  const none = (why) => [
    unavailable('draftsList', names.list, 'ms', why),
    unavailable('draftsFilter', names.filter, 'ms', why),
  ];
  const { context, page } = await freshPage(browser);
  try {
    const id = storage ? await openSample(page, appUrl) : null;
    if (!id) return none(NO_STORAGE);
    const agency = await page.inputValue('input[name="meta.agency"]').catch(() => '');
    await context.addInitScript(watchList, { prefix: SEED, texts: [SEED, agency].filter(Boolean) });
    /** Loads `/` 1 + n times; ms from navigation start until a stored report's row is shown. */
    const listTimes = async (n) => {
      const out = [];
      for (let i = 0; i < n + 1; i++) {
        await page.goto(`${appUrl}/`);
        await page.waitForFunction(() => window.__listShown !== undefined, null, {
          timeout: 15000,
        });
        if (i > 0) out.push(await page.evaluate(() => window.__listShown));
        await settle(page);
      }
      return out;
    };
    // The same list holding only the one report: what loading / costs before there is a list.
    log('drafts: list with 1 report');
    const single = agency ? await listTimes(Math.min(reps, 5)).catch(() => null) : null;
    log('drafts: seeding 1,000 reports');
    const count = await page.evaluate(seed, { count: COUNT, prefix: SEED });
    if (count < COUNT) return none(`seeding wrote only ${count} reports`);
    log('drafts: list');
    let shown;
    try {
      shown = await listTimes(reps);
    } catch {
      return none('no list row naming a stored report appeared on / within 15 s');
    }
    const rowsShown = await page.evaluate(() => window.__seeded().length);
    const ref = single && figure({ id: 'x', name: 'x', unit: 'ms', app: single }).app;
    const listFig = figure({
      id: 'draftsList',
      name: names.list,
      unit: 'ms',
      app: shown,
      note:
        `${rowsShown} seeded rows in the DOM once shown; ms from navigation start` +
        (ref ? `; the same list with 1 stored report: median ${ref.median} ms` : ''),
    });
    if (ref) listFig.app.oneReport = ref;

    log('drafts: filter');
    const box = page.locator(FILTER_BOX).first();
    if ((await box.count()) === 0) {
      return [listFig, unavailable('draftsFilter', names.filter, 'ms', 'no filter box found on /')];
    }
    await page.evaluate(installFilter);
    const filtered = [];
    for (let i = 0; i < filterReps + 2; i++) {
      const q = `k${String(100 + i * 37).padStart(4, '0')}`;
      await box.click();
      await box.press('ControlOrMeta+a');
      await box.press('Backspace');
      // Back to the whole list before the next query.
      await page.waitForFunction(() => window.__seeded().length > 1, null, { timeout: 5000 });
      await settle(page);
      await page.evaluate((query) => {
        window.__fbench.q = query;
        window.__fbench.doneAt = null;
      }, q);
      await box.pressSequentially(q);
      await page.waitForFunction(() => window.__fbench.doneAt !== null, null, { timeout: 5000 });
      const { t0, doneAt } = await page.evaluate(() => window.__fbench);
      if (i >= 2) filtered.push(doneAt - t0);
    }
    return [listFig, figure({ id: 'draftsFilter', name: names.filter, unit: 'ms', app: filtered })];
  } finally {
    await context.close();
  }
}
