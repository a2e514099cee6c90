import { chromium } from '@playwright/test';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, freshPage, openSample, cdp, summarize } from './lib.mjs';
const srv = await serveStatic({ root: '/tmp/protodist' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const { context, page } = await freshPage(browser);
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
const id = await openSample(page, srv.url);
await page.waitForTimeout(2500);
console.log('saved view chars', await page.evaluate(() => localStorage.getItem('nianbao-saved-view')?.length));
await page.close();
await context.addInitScript(() => {
  const sel = 'input[name^="requests."]:not([disabled]):not([readonly])';
  const obs = new MutationObserver(() => {
    if (window.__firstCell === undefined && document.querySelector(sel)) window.__firstCell = performance.now();
    if (window.__ready === undefined && [...document.querySelectorAll('.report-editor')].some((e) => !e.closest('[data-saved-view]'))) { window.__ready = performance.now(); obs.disconnect(); }
  });
  obs.observe(document, { childList: true, subtree: true });
});
const ts = [], rs = [];
for (let i = 0; i < 9; i++) {
  const p = await context.newPage(); const s = await cdp(p);
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  await s.send('Network.enable'); await s.send('Network.setCacheDisabled', { cacheDisabled: true }); await s.send('Network.setBypassServiceWorker', { bypass: true });
  await p.goto(`${srv.url}/?report=${id}`);
  await p.waitForFunction(() => window.__ready !== undefined);
  await p.waitForTimeout(300);
  const r = await p.evaluate(() => [window.__firstCell, window.__ready, ...window.__T]);
  if (i) { ts.push(r[0]); rs.push(r[1]); } console.log(r.map(x => typeof x === 'number' ? x.toFixed(1) : x).join(' '));
  await p.close();
}
console.log('first', summarize(ts).median, 'ready', summarize(rs).median);
await browser.close(); await srv.close();
