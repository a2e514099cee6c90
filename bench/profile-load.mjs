#!/usr/bin/env node
// A cold load of a stored report, profiled: `node bench/profile-load.mjs --dist=dist [--runs=5]
// [--warm] [--inclusive] [--callers=NAME]`. Serves the build, stores the sample (/?demo=sample),
// then loads `?report=<id>` cold (HTTP cache off, service worker bypassed; --warm: HTTP cache on)
// with V8's sampling profiler on, and prints, per run, when each script arrived and when the
// editor was ready, then the functions with the most self time per run and the time per script
// file; --inclusive adds the time per function with what it calls, --callers=NAME where NAME is
// called from. Build with `--minify false` for readable names. The profiler slows the page
// (and counts what runs until it stops, a little after ready): for finding what to make faster;
// the figures to compare are the bench's (run.mjs --only=load).
import process from 'node:process';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, cdp, freshPage, openSample } from './lib.mjs';

const argv = process.argv.slice(2);
const arg = (name, dflt) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const dist = arg('dist', 'dist');
const runs = Number(arg('runs', '5'));
const warm = argv.includes('--warm');
const callers = arg('callers', '');
const stacks = new Map();

function watchReady() {
  const obs = new MutationObserver(() => {
    if (window.__ready === undefined && document.querySelector('[data-editor-ready]')) {
      window.__ready = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
}

const inclusive = new Map();

function selfTimes(profile, into, files) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}:${f.columnNumber}`;
    const ms = (dt[i + 1] ?? 0) / 1000;
    if (callers && f.functionName === callers) {
      const chain = [];
      for (let p = parent.get(n.id); p && chain.length < 6; p = parent.get(p.id))
        chain.push(p.callFrame.functionName || '(anon)');
      const k = chain.join(' < ');
      stacks.set(k, (stacks.get(k) ?? 0) + ms);
    }
    into.set(key, (into.get(key) ?? 0) + ms);
    const seen = new Set();
    for (let q = n; q; q = parent.get(q.id)) {
      const cf = q.callFrame;
      const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
    files.set(file, (files.get(file) ?? 0) + ms);
  }
}

async function main() {
  const server = await serveStatic({ root: dist });
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const { context, page } = await freshPage(browser);
    await context.addInitScript(watchReady);
    const id = await openSample(page, server.url);
    await page.close();
    const url = `${server.url}/?report=${encodeURIComponent(id)}`;
    const fns = new Map();
    const files = new Map();
    for (let r = 0; r < runs + 1; r++) {
      const p = await context.newPage();
      const s = await cdp(p);
      await s.send('Network.enable');
      await s.send('Network.setCacheDisabled', { cacheDisabled: !warm });
      await s.send('Network.setBypassServiceWorker', { bypass: true });
      await s.send('Profiler.enable');
      await s.send('Profiler.setSamplingInterval', { interval: 100 });
      await s.send('Profiler.start');
      await p.goto(url);
      await p.waitForFunction(() => window.__ready !== undefined, null, { timeout: 20000 });
      const { profile } = await s.send('Profiler.stop');
      const t = await p.evaluate(() => ({
        ready: window.__ready,
        res: performance
          .getEntriesByType('resource')
          .map((e) => [e.name.split('/').pop(), e.startTime, e.responseEnd])
          .filter(([, start]) => start < window.__ready),
        nav: performance.getEntriesByType('navigation')[0].responseEnd,
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      }));
      if (r > 0) {
        selfTimes(profile, fns, files);
        const res = t.res.map(([n, a, b]) => `${n} ${a.toFixed(0)}→${b.toFixed(0)}`).join(', ');
        console.log(
          `run ${r}: ready ${t.ready.toFixed(0)} ms; html ${t.nav.toFixed(0)}, dcl ${t.dcl.toFixed(0)}; ${res}`,
        );
      }
      await p.close();
    }
    const top = (m, n) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${(v / runs).toFixed(1)} ms  ${k}`);
    console.log('\nself time per run, by function:\n' + top(fns, 40).join('\n'));
    console.log('\nself time per run, by file:\n' + top(files, 20).join('\n'));
    if (argv.includes('--inclusive'))
      console.log('\ninclusive time per run:\n' + top(inclusive, 80).join('\n'));
    if (callers) console.log(`\ncallers of ${callers}:\n` + top(stacks, 10).join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
