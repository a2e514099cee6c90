// The workspace's table with a year's office stored (see workspace.mjs): the page shown, filter,
// sort, and the JS heap with the workspace open.
import { cdp, settle } from '../lib.mjs';

export const YEAR = 2024;
const SORT_HEADERS = ['本年新收', '错误', '机关', '最后修改'];

/** Init script: notes when the workspace shows rows and counts, and when 与上年 is filled. */
export function watchWorkspace() {
  const w = { shown: undefined, compared: undefined };
  window.__ws = w;
  const obs = new MutationObserver(() => {
    const now = performance.now();
    if (w.shown === undefined && document.querySelector('tr[data-agency][data-report-id]')) {
      if (document.querySelector('[data-count="received"]')) w.shown = now;
    }
    if (w.shown !== undefined && w.compared === undefined) {
      // A row's 与上年 cell gets data-previous once its comparison is worked out.
      const rows = [...document.querySelectorAll('tbody tr[data-report-id]')];
      if (rows.length > 0 && rows.every((r) => r.querySelector('[data-previous]')))
        w.compared = now;
    }
    if (w.compared !== undefined) obs.disconnect();
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

export async function openWorkspace(page, appUrl) {
  await page.goto(`${appUrl}/?workspace=${YEAR}`);
  await page.waitForFunction(() => window.__ws?.compared !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => ({ ...window.__ws }));
}

export async function measureShown(page, appUrl, reps) {
  const shown = [];
  const compared = [];
  for (let i = 0; i < reps + 1; i++) {
    const w = await openWorkspace(page, appUrl);
    if (i > 0) shown.push(w.shown);
    if (i > 0) compared.push(w.compared);
    await settle(page);
  }
  return { shown, compared };
}

export function installTiming() {
  const b = { t0: null, q: null, doneAt: null, th: null, sort: null };
  window.__tbench = b;
  window.addEventListener('keydown', (e) => void (b.t0 = e.timeStamp), true);
  window.addEventListener('click', (e) => void (b.t0 = e.timeStamp), true);
  const rows = () => [...document.querySelectorAll('tbody tr[data-agency]')];
  new MutationObserver(() => {
    if (b.doneAt !== null) return;
    if (b.q !== null) {
      const r = rows();
      if (r.length > 0 && r.every((x) => x.dataset.agency.includes(b.q)))
        b.doneAt = performance.now();
    } else if (b.th !== null) {
      const th = [...document.querySelectorAll('thead th')].find((h) =>
        h.textContent.startsWith(b.th),
      );
      if (th && th.getAttribute('aria-sort') !== b.sort) b.doneAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

export async function measureFilter(page, reps, count) {
  const box = page.locator('.workspace-filters input[type="search"]');
  const out = [];
  for (let i = 0; i < reps + 2; i++) {
    const q = `${String((100 + i * 37) % count).padStart(4, '0')}号`;
    await box.click();
    await box.press('ControlOrMeta+a');
    await box.press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-agency]').length > 1);
    await settle(page);
    await page.evaluate((query) => Object.assign(window.__tbench, { q: query, doneAt: null }), q);
    await box.pressSequentially(q);
    await page.waitForFunction(() => window.__tbench.doneAt !== null, null, { timeout: 5000 });
    const { t0, doneAt } = await page.evaluate(() => window.__tbench);
    if (i >= 2) out.push(doneAt - t0);
  }
  await box.fill('');
  await page.evaluate(() => Object.assign(window.__tbench, { q: null }));
  return out;
}

/** The headers clicked in turn (each click on another header sorts by it alone). */
export const SORTED_BY = SORT_HEADERS;

export async function measureSort(page, reps) {
  const out = [];
  for (let i = 0; i < reps + 2; i++) {
    const name = SORT_HEADERS[i % SORT_HEADERS.length];
    const th = page.locator('thead th', { has: page.getByRole('button', { name, exact: true }) });
    await settle(page);
    const sort = await th.getAttribute('aria-sort');
    await page.evaluate(
      ([header, was]) => Object.assign(window.__tbench, { th: header, sort: was, doneAt: null }),
      [name, sort],
    );
    await th.getByRole('button').click();
    await page.waitForFunction(() => window.__tbench.doneAt !== null, null, { timeout: 5000 });
    const { t0, doneAt } = await page.evaluate(() => window.__tbench);
    if (i >= 2) out.push(doneAt - t0);
  }
  await page.evaluate(() => Object.assign(window.__tbench, { th: null }));
  return out;
}

export async function heapOnce(context, appUrl) {
  const page = await context.newPage();
  try {
    await openWorkspace(page, appUrl);
    await settle(page);
    const session = await cdp(page);
    await session.send('Performance.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    await session.detach();
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('no JSHeapUsedSize metric');
    return used / 1e6;
  } finally {
    await page.close();
  }
}
