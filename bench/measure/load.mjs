// Opening a stored report until the editor is ready, three ways (a cold load, a returning visit
// with the service worker, a click in the drafts list), against the React page of table 3
// (bench/baseline-react/); and the JS and CSS bytes (gzip) of a cold load.
//
// "Ready" is the app's own signal: the editor page carries `data-editor-ready` once every field
// of every section is in the DOM, editable, and the store is open (src/app/persisted-editor/).
// The React page carries the same attribute on the wrapper it commits with its table, the
// plain-DOM page once its table is appended. An init script (run before any page script)
// watches the document with a MutationObserver and records performance.now() — ms since
// navigation start — when the attribute appears, and when the first table-3 input that is not
// disabled or read-only appeared (a figure for information). Once per series the bench checks
// that the signal was honest: no field of the report (an input or textarea with a name, its
// path, inside the element that carries the signal) was added or enabled after it.
//
// Every context holds one idle blank page while its loads are measured, the app's as the
// baselines' (a browser with another tab open): a context whose pages are all closed opens its
// next page slower, the app's by ~100 ms, the React page's by ~25 ms.
//
// Cold: the HTTP cache is disabled for the page (CDP Network.setCacheDisabled, which also keeps
// V8's code cache out) and the service worker is bypassed (Network.setBypassServiceWorker).
// Returning: the app's service worker is installed and controls the page (it registers a while
// after the first load, see src/app/app.tsx; the bench waits for it), the HTTP cache is on;
// the React page has no service worker and is loaded with a warm HTTP cache. List: `/` is
// loaded (service worker on), and once the report's row is shown its 打开 link is clicked;
// sample = ready − the click event's time, both on the wall clock (performance.timeOrigin +
// the page's own clock), so it holds across the page change.
//
// Bytes: every script and stylesheet response of the first cold load until the editor is ready
// (chunks loaded later, when idle, are not counted) is recorded (Playwright
// network events), its decoded body gzipped with node:zlib (level 9) and summed.
import { gzipSync } from 'node:zlib';
import { cdp, figure, freshPage, log, openSample, settle } from '../lib.mjs';

const READY = '[data-editor-ready]';

function watchReady(ready) {
  const cell = 'input[name^="requests."]:read-write'; // neither disabled nor read-only
  // The report's fields: inside the ready element, named by their path.
  const fields = ['input', 'textarea'].map((t) => `${ready} ${t}[name]:read-write`).join();
  // A promise to wait on: polling from the test would take the page's main thread too.
  let resolve;
  window.__readyAt = new Promise((ok) => (resolve = ok));
  const obs = new MutationObserver(() => {
    if (window.__firstCell === undefined && document.querySelector(cell)) {
      window.__firstCell = performance.now();
    }
    if (window.__ready === undefined && document.querySelector(ready)) {
      window.__ready = performance.now();
      window.__readyFields = document.querySelectorAll(fields).length;
      window.__countFields = () => document.querySelectorAll(fields).length;
      const click = Number(sessionStorage.getItem('bench-click'));
      if (click > 0) window.__sinceClick = performance.timeOrigin + window.__ready - click;
      sessionStorage.removeItem('bench-click');
      obs.disconnect();
      resolve();
    }
  });
  obs.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-editor-ready', 'disabled', 'readonly'],
  });
  // The list's click, on the wall clock (it survives the page change in sessionStorage).
  window.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest('a[href*="report="]')) {
        sessionStorage.setItem('bench-click', String(performance.timeOrigin + e.timeStamp));
      }
    },
    true,
  );
}

/**
 * Waits for the ready signal; the times. Every load must be editable at the signal (a report
 * opened read-only, its tab lock still held by the page before, would be another measurement).
 */
async function readyTimes(page) {
  await page.evaluate(() =>
    Promise.race([
      window.__readyAt,
      new Promise((_, no) => setTimeout(() => no(new Error('no ready signal within 20 s')), 20000)),
    ]),
  );
  const t = await page.evaluate(() => ({
    ready: window.__ready,
    firstCell: window.__firstCell ?? null,
    sinceClick: window.__sinceClick ?? null,
    at: window.__readyFields,
  }));
  if (t.at === 0) throw new Error('no editable field at the ready signal (opened read-only?)');
  return t;
}

/** No field of the report may come after the ready signal (checked once the page settled). */
async function checkNothingAfter(page, t) {
  await settle(page);
  const after = await page.evaluate(() => window.__countFields());
  if (after > t.at) throw new Error(`${after - t.at} fields came after the ready signal`);
}

async function coldSession(page) {
  const session = await cdp(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  // A service worker (the app is a PWA) would answer from its own cache: not a cold load.
  await session.send('Network.setBypassServiceWorker', { bypass: true });
  return session;
}

function recordBytes(page) {
  const responses = [];
  const onResponse = (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet' || type === 'document') {
      responses.push({ type, r });
    }
  };
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    const bytes = { js: 0, css: 0, html: 0, jsRaw: 0, cssRaw: 0, htmlRaw: 0, files: [] };
    for (const { type, r } of responses) {
      const body = await r.body();
      const gz = gzipSync(body, { level: 9 }).length;
      const key = { script: 'js', stylesheet: 'css', document: 'html' }[type];
      bytes[key] += gz;
      bytes[`${key}Raw`] += body.length;
      bytes.files.push({ url: new URL(r.url()).pathname, type, raw: body.length, gzip: gz });
    }
    return bytes;
  };
}

/** One load of `url` in a new page of `context`: cold or warm; bytes until ready when asked. */
async function loadOnce(context, url, { cold, check = false, bytes = false }) {
  const page = await context.newPage();
  try {
    const session = cold ? await coldSession(page) : null;
    const done = bytes ? recordBytes(page) : null;
    await page.goto(url);
    const t = await readyTimes(page);
    if (done) t.bytes = await done();
    if (check) await checkNothingAfter(page, t);
    if (check && !cold) {
      t.serviceWorker = await page.evaluate(() => navigator.serviceWorker?.controller != null);
    }
    await session?.detach();
    return t;
  } finally {
    await page.close();
  }
}

/** One click on the 打开 link of report `id` in the drafts list (a new page of `context`). */
async function clickOnce(context, appUrl, id, check) {
  const page = await context.newPage();
  try {
    await page.goto(`${appUrl}/`);
    const link = page.locator(`a[href*="report=${encodeURIComponent(id)}"]`).first();
    await link.waitFor({ timeout: 15000 });
    await settle(page);
    await Promise.all([page.waitForURL(/report=/), link.click()]);
    const t = await readyTimes(page);
    if (check) await checkNothingAfter(page, t);
    return t.sinceClick;
  } finally {
    await page.close();
  }
}

/** A context holding the sample as a stored report; its address. */
async function withReport(browser, appUrl, storage) {
  const { context, page } = await freshPage(browser);
  await context.addInitScript(watchReady, READY);
  const id = await openSample(page, appUrl, { waitForReportMs: storage ? 10000 : 0 });
  if (!id) throw new Error('/?demo=sample did not become /?report=<id>');
  return { context, page, id, url: `${appUrl}/?report=${encodeURIComponent(id)}` };
}

/** Waits until the app's service worker is active (it registers a while after load). */
async function serviceWorkerActive(page) {
  const active = () =>
    page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    );
  const deadline = Date.now() + 30000;
  while (!(await active())) {
    if (Date.now() > deadline) throw new Error('the service worker did not activate within 30 s');
    await page.waitForTimeout(250);
  }
}

async function pageContext(browser) {
  const { context } = await freshPage(browser);
  await context.addInitScript(watchReady, READY);
  return context;
}

/**
 * The loads of one round, interleaved so that the app and the baselines share the machine's
 * state (a busy machine slows them alike): cold, returning, and a click in the list.
 */
async function round(c, urls, first) {
  const opts = (cold) => ({ cold, check: first, bytes: first && cold });
  const r = {
    appCold: await loadOnce(c.cold.context, c.cold.url, opts(true)),
    reactCold: await loadOnce(c.react, urls.react, opts(true)),
    plainCold: await loadOnce(c.plain, urls.plain, opts(true)),
    appWarm: await loadOnce(c.warm.context, c.warm.url, opts(false)),
    reactWarm: await loadOnce(c.react, urls.react, opts(false)),
    plainWarm: await loadOnce(c.plain, urls.plain, opts(false)),
    list: await clickOnce(c.warm.context, urls.app, c.warm.id, first),
  };
  if (first && !r.appWarm.serviceWorker)
    throw new Error('the service worker does not control the page');
  return r;
}

/** 1 + reps rounds (the first is not counted: it warms the OS, the server and the caches). */
async function rounds(browser, urls, storage, reps) {
  const c = {
    cold: await withReport(browser, urls.app, storage),
    warm: await withReport(browser, urls.app, storage),
    react: await pageContext(browser),
    plain: await pageContext(browser),
  };
  try {
    await c.cold.page.close();
    log('load: waiting for the service worker');
    await serviceWorkerActive(c.warm.page);
    await c.warm.page.close();
    // Every context keeps one idle blank page open while its loads are measured, as the
    // baselines' contexts do (their first page stays on about:blank): a context whose last page
    // was closed opens its next page ~50 ms slower, which measured the app alone that way.
    for (const x of [c.cold, c.warm]) await x.context.newPage();
    const out = { samples: {}, bytes: null };
    for (let i = 0; i < reps + 1; i++) {
      log(`load: round ${i + 1} of ${reps + 1}`);
      const r = await round(c, urls, i === 0);
      if (i === 0) {
        out.bytes = { app: r.appCold.bytes, react: r.reactCold.bytes };
        continue;
      }
      const add = (key, x) => x != null && (out.samples[key] ??= []).push(x);
      for (const k of ['appCold', 'reactCold', 'plainCold', 'appWarm', 'reactWarm', 'plainWarm'])
        add(k, r[k].ready);
      add('appFirstCell', r.appCold.firstCell);
      add('list', r.list);
    }
    return out;
  } finally {
    for (const x of [c.cold.context, c.warm.context, c.react, c.plain]) await x.close();
  }
}

function bytesFigures(app, base) {
  const TYPE = { js: 'script', css: 'stylesheet' };
  const kb = (n) => n / 1000;
  const html = (b) => `HTML document ${kb(b.html).toFixed(2)} kB gzip`;
  const side = (b, key) => ({
    value: kb(b[key]),
    raw: kb(b[`${key}Raw`]),
    files: b.files.filter((f) => f.type === TYPE[key]),
  });
  const fig = (key, name, note) =>
    figure({
      id: `${key}Gzip`,
      name,
      unit: 'kB',
      app: side(app, key),
      baseline: side(base, key),
      note,
    });
  return [
    fig('js', 'first-load JS (gzip)', 'baseline = the React page of table 3'),
    fig('css', 'first-load CSS (gzip)', `${html(app)} (app), ${html(base)} (React page)`),
  ];
}

export async function measureLoad({ browser, appUrl, baselineUrl, reactUrl, storage, reps = 12 }) {
  const urls = { app: appUrl, react: `${reactUrl}/`, plain: `${baselineUrl}/` };
  const { samples: s, bytes } = await rounds(browser, urls, storage, reps);
  const med = (xs) => figure({ id: 'x', name: 'x', unit: 'ms', app: xs }).app.median;
  const floors =
    `React page: cold ${med(s.reactCold)} ms, returning ${med(s.reactWarm)} ms; ` +
    `plain-DOM page: cold ${med(s.plainCold)} ms, returning ${med(s.plainWarm)} ms`;
  return [
    figure({
      id: 'coldLoad',
      name: 'cold load → editor ready',
      unit: 'ms',
      app: s.appCold,
      baseline: s.reactCold,
      note: `baseline = the React page's cold load; ${floors}`,
    }),
    figure({
      id: 'coldFirstCell',
      name: 'cold load → first editable cell',
      unit: 'ms',
      app: s.appFirstCell,
      baseline: s.reactCold,
    }),
    figure({
      id: 'returnLoad',
      name: 'returning visit (service worker) → editor ready',
      unit: 'ms',
      app: s.appWarm,
      baseline: s.reactWarm,
      note: "baseline = the React page's returning visit (HTTP cache)",
    }),
    figure({ id: 'listOpen', name: 'drafts list: click → editor ready', unit: 'ms', app: s.list }),
    ...bytesFigures(bytes.app, bytes.react),
  ];
}
