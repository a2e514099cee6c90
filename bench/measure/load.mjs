// Cold load to the first editable cell of an existing report, and the JS and CSS bytes (gzip)
// of that first load.
//
// "Cold": the HTTP cache is disabled for the page (CDP Network.setCacheDisabled, which also
// keeps V8's code cache out) and the service worker is bypassed (Network.setBypassServiceWorker),
// so every load fetches, parses and runs everything again. An
// init script (installed before any page script) watches the document with a
// MutationObserver and records performance.now() — milliseconds since navigation start — when
// the first table-3 input (input[name^="requests."], not disabled or read-only) is in the DOM.
//
// The app opens an existing report at /?report=<id> (created by /?demo=sample in the same
// browser context, so IndexedDB holds it). Until the app stores reports, it is measured on
// /?demo=sample and the figure says so. Bytes: every script and stylesheet response of the
// load is recorded (Playwright network events), its decoded body gzipped with node:zlib
// (level 9) and summed.
//
// The app keeps the editor's last rendering of the report it had open (the saved view, see
// src/app/saved-view/) and paints it before its code arrives; the budgeted figure is that
// load, as an author reopening their report sees it (the runner waits until the view is kept).
// Two more figures say what it does not show: the time until the editor itself has taken over
// (React rendered, every control working), and the first editable cell when the browser keeps
// no saved view (a report opened for the first time on this machine; an init script removes the
// view before the page's own scripts run).
import { gzipSync } from 'node:zlib';
import { cdp, figure, freshPage, log, openSample } from '../lib.mjs';

const SAVED_VIEW_PREFIX = 'nianbao-saved-view:';

function watchFirstCell() {
  const sel = 'input[name^="requests."]:not([disabled]):not([readonly])';
  // The editor itself: a table-3 input outside the saved view (the baseline has no view).
  const editor = () =>
    [...document.querySelectorAll(sel)].some((el) => !el.closest('[data-saved-view]'));
  const obs = new MutationObserver(() => {
    if (window.__firstCell === undefined && document.querySelector(sel)) {
      window.__firstCell = performance.now();
    }
    if (window.__editorReady === undefined && editor()) {
      window.__editorReady = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true });
}

/** Waits until the app keeps the saved view of report `id` (it does so when idle). */
async function waitForSavedView(page, id) {
  await page
    .waitForFunction(
      ([prefix, id]) => JSON.parse(localStorage.getItem(prefix + id) ?? 'null')?.id === id,
      [SAVED_VIEW_PREFIX, id],
      { timeout: 10000 },
    )
    .catch(() => {});
  return page.evaluate(
    ([prefix, id]) => localStorage.getItem(prefix + id) !== null,
    [SAVED_VIEW_PREFIX, id],
  );
}

async function loadOnce(page, url, recordBytes) {
  const responses = [];
  const onResponse = (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet' || type === 'document') {
      responses.push({ type, r });
    }
  };
  if (recordBytes) page.on('response', onResponse);
  const session = await cdp(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  // A service worker (the app is a PWA) would answer from its own cache: not a cold load.
  await session.send('Network.setBypassServiceWorker', { bypass: true });
  await page.goto(url);
  await page.waitForFunction(() => window.__editorReady !== undefined, null, { timeout: 15000 });
  const { t, ready } = await page.evaluate(() => ({
    t: window.__firstCell,
    ready: window.__editorReady,
  }));
  await session.detach();
  let bytes = null;
  if (recordBytes) {
    page.off('response', onResponse);
    bytes = { js: 0, css: 0, html: 0, jsRaw: 0, cssRaw: 0, htmlRaw: 0, files: [] };
    for (const { type, r } of responses) {
      const body = await r.body();
      const gz = gzipSync(body, { level: 9 }).length;
      const key = { script: 'js', stylesheet: 'css', document: 'html' }[type];
      bytes[key] += gz;
      bytes[`${key}Raw`] += body.length;
      bytes.files.push({ url: new URL(r.url()).pathname, type, raw: body.length, gzip: gz });
    }
  }
  return { t, ready, bytes };
}

async function series(browser, reps, { url, prepare, noSavedView = false }) {
  const samples = [];
  const ready = [];
  let bytes = null;
  const { context, page: first } = await freshPage(browser);
  try {
    await context.addInitScript(watchFirstCell);
    if (noSavedView) {
      await context.addInitScript((prefix) => {
        for (const key of Object.keys(localStorage)) {
          if (key.startsWith(prefix)) localStorage.removeItem(key);
        }
      }, SAVED_VIEW_PREFIX);
    }
    const target = prepare ? await prepare(first) : url;
    await first.close();
    for (let i = 0; i < reps + 1; i++) {
      const page = await context.newPage();
      const r = await loadOnce(page, target.url, i === 0);
      if (i === 0)
        bytes = r.bytes; // the first load warms the OS and server; not a sample
      else {
        samples.push(r.t);
        ready.push(r.ready);
      }
      await page.close();
    }
    return { samples, ready, bytes, note: target.note };
  } finally {
    await context.close();
  }
}

export async function measureLoad({ browser, appUrl, baselineUrl, storage, reps = 12 }) {
  const prepare = async (page) => {
    const id = await openSample(page, appUrl, { waitForReportMs: storage ? 10000 : 0 });
    if (!id) {
      return {
        url: `${appUrl}/?demo=sample`,
        note: 'measured on /?demo=sample: the app has no /?report=<id> route yet',
      };
    }
    const kept = await waitForSavedView(page, id);
    const url = `${appUrl}/?report=${encodeURIComponent(id)}`;
    return kept ? { url } : { url, note: 'the app kept no saved view of the report' };
  };
  log('cold load: app');
  const app = await series(browser, reps, { prepare });
  log('cold load: app, no saved view');
  const firstOpen = await series(browser, reps, { prepare, noSavedView: true });
  log('cold load: baseline');
  const base = await series(browser, reps, {
    prepare: async () => ({ url: `${baselineUrl}/` }),
  });
  const TYPE = { js: 'script', css: 'stylesheet' };
  const kb = (n) => n / 1000;
  const html = (b) => `HTML document ${kb(b.html).toFixed(2)} kB gzip`;
  // Bytes of the load that needs the editor's code at once (no saved view), until its first
  // editable cell: what opening a report costs. (Chunks the editor fetches when idle, like the
  // review's panels, would fall inside the longer wait for the takeover of a saved view.)
  const bytes = firstOpen.bytes;
  const bytesFig = (key, name) =>
    figure({
      id: `${key}Gzip`,
      name,
      unit: 'kB',
      app: {
        value: kb(bytes[key]),
        raw: kb(bytes[`${key}Raw`]),
        files: bytes.files.filter((f) => f.type === TYPE[key]),
      },
      baseline: {
        value: kb(base.bytes[key]),
        raw: kb(base.bytes[`${key}Raw`]),
        files: base.bytes.files.filter((f) => f.type === TYPE[key]),
      },
      note:
        key === 'css'
          ? `the baseline's CSS is inline in its HTML; ${html(bytes)} (app), ${html(base.bytes)} (baseline)`
          : undefined,
    });
  return [
    figure({
      id: 'coldLoad',
      name: 'cold load → first editable cell',
      unit: 'ms',
      app: app.samples,
      baseline: base.samples,
      note:
        app.note ?? 'the saved view of the report (src/app/saved-view/), painted before the app',
    }),
    figure({
      id: 'coldLoadEditor',
      name: 'cold load → editor ready (took over the view)',
      unit: 'ms',
      app: app.ready,
      baseline: base.ready,
    }),
    figure({
      id: 'coldLoadNoView',
      name: 'cold load, no saved view → first editable cell',
      unit: 'ms',
      app: firstOpen.samples,
      baseline: base.samples,
      note: 'a report opened for the first time in this browser: React, Dexie and the editor',
    }),
    bytesFig('js', 'first-load JS (gzip)'),
    bytesFig('css', 'first-load CSS (gzip)'),
  ];
}
