import { chromium } from '@playwright/test';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, freshPage, openSample, cdp, summarize } from './lib.mjs';
const srv = await serveStatic({ root: '/tmp/protodist' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const { context, page } = await freshPage(browser);
const id = await openSample(page, srv.url);
await page.waitForTimeout(1500);
await page.evaluate((id) => new Promise(async (ok) => {
  const root = document.getElementById('root');
  const clone = root.cloneNode(true);
  const a = root.querySelectorAll('input,textarea'); const b = clone.querySelectorAll('input,textarea');
  a.forEach((el, i) => { if (el.tagName === 'TEXTAREA') b[i].textContent = el.value; else b[i].setAttribute('value', el.value); });
  const html = clone.innerHTML;
  const r = indexedDB.open('nianbao'); r.onsuccess = () => { const g = r.result.transaction('reports').objectStore('reports').get(id); g.onsuccess = () => { localStorage.setItem('proto-boot', JSON.stringify({ id, rev: g.result.rev, html })); ok(); }; };
}), id);
await page.close();
await context.addInitScript(() => {
  const sel = 'input[name^="requests."]:not([disabled]):not([readonly])';
  const obs = new MutationObserver(() => { if (window.__firstCell === undefined && document.querySelector(sel)) { window.__firstCell = performance.now(); obs.disconnect(); } });
  obs.observe(document, { childList: true, subtree: true });
});
const ts = [];
for (let i = 0; i < 13; i++) {
  const p = await context.newPage(); const s = await cdp(p);
  await s.send('Network.enable'); await s.send('Network.setCacheDisabled', { cacheDisabled: true }); await s.send('Network.setBypassServiceWorker', { bypass: true });
  await p.goto(`${srv.url}/?report=${id}`);
  await p.waitForFunction(() => window.__firstCell !== undefined);
  await p.waitForTimeout(500);
  const r = await p.evaluate(() => [window.__firstCell, ...window.__T, document.querySelectorAll('#root input').length]);
  if (i) ts.push(r[0]); console.log(r.map(x => x?.toFixed(1)).join(' '));
  await p.close();
}
console.log(summarize(ts).median);
await browser.close(); await srv.close();
