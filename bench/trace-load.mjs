#!/usr/bin/env node
// Where a returning visit's main-thread time goes, the app's against the React page's:
// `node bench/trace-load.mjs --dist=dist --react=DIR [--runs=5]` (DIR: the React page built by
// bench/baseline-react/build.mjs). Serves both, stores the sample (/?demo=sample) and waits for
// the app's service worker, then loads each page `runs` times, interleaved (the app's through its
// service worker, the React page from the HTTP cache), under Chromium's tracing. Per page it
// prints the median time to the ready mark and the main thread's busy time before it, by kind of
// task (React's render, module evaluation, style/layout/paint, JS callbacks such as IndexedDB's,
// the entry's parsing, ...), and V8's compiling of functions on their first call
// (ParseFunction + PreParse + CompileIgnition). Tracing slows the pages: compare the pages with
// each other, and take the bench's figures (run.mjs --only=load) as the figures.
import process from 'node:process';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, freshPage, median, openSample } from './lib.mjs';

const argv = process.argv.slice(2);
const arg = (name, dflt) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const runs = Number(arg('runs', '5'));
/** Median of unsorted numbers. */
const med = (xs) => median([...xs].sort((a, b) => a - b));
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline', // the main thread's tasks (RunTask)
  'disabled-by-default-v8.compile', // V8's compiling of functions on their first call
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
];

function watchReady() {
  const obs = new MutationObserver(() => {
    if (!document.querySelector('[data-editor-ready]')) return;
    performance.mark('bench-ready');
    obs.disconnect();
    console.log('bench-ready'); // waited for as a console event: no script of Playwright's runs
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
}

/** What a main-thread task mostly was, from the names of the events inside it. */
function kindOf(names) {
  if (names.has('MessagePort::Accept')) return 'React render (scheduler task)';
  if (names.has('v8.evaluateModule')) return 'module evaluation';
  if (names.has('EvaluateScript')) return 'classic script';
  if (names.has('HTMLParserScriptRunner ExecuteScript') || names.has('ParseHTML'))
    return 'HTML parsing, the entry module';
  if (names.has('RunMicrotasks') || names.has('v8.callFunction')) return 'JS callbacks';
  if ([...names].some((n) => /Style|Layout|Paint/.test(n))) return 'style, layout, paint';
  return 'other';
}

/** Busy time by kind and lazy-compile time on the page's main thread, navigation → ready. */
function mainThread(events, pageUrl) {
  const ready = events.find((e) => e.name === 'bench-ready');
  const nav = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === pageUrl);
  const { pid, tid } = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const byKind = new Map();
  let compile = 0;
  for (const task of main.filter((e) => e.name === 'RunTask' && e.ts < ready.ts && e.ts > nav.ts)) {
    const inside = main.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur);
    const kind = kindOf(new Set(inside.map((e) => e.name)));
    const ms = (Math.min(task.ts + task.dur, ready.ts) - task.ts) / 1000;
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  }
  for (const e of main)
    if (e.ts > nav.ts && e.ts < ready.ts && /^V8\.(ParseFunction|CompileIgnition)$/.test(e.name))
      compile += e.dur / 1000; // PreParse runs inside ParseFunction: counted there
  return { ready: (ready.ts - nav.ts) / 1000, byKind, compile };
}

async function setUp(browser, dir, isApp) {
  const server = await serveStatic({ root: dir });
  const { context, page } = await freshPage(browser);
  await context.addInitScript(watchReady);
  let url = `${server.url}/`;
  if (isApp) {
    url = `${server.url}/?report=${encodeURIComponent(await openSample(page, server.url))}`;
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      null,
      { timeout: 30_000, polling: 250 },
    );
  }
  await page.close();
  await context.newPage(); // an idle page, as the bench keeps (bench/README.md)
  return { name: isApp ? 'app' : 'React page', server, context, url, loads: [] };
}

function report(page) {
  const busy = page.loads.map((l) => [...l.byKind.values()].reduce((a, b) => a + b, 0));
  console.log(
    `== ${page.name}: ready ${med(page.loads.map((l) => l.ready)).toFixed(0)} ms, ` +
      `main thread busy ${med(busy).toFixed(0)} ms, of which compiling functions ` +
      `${med(page.loads.map((l) => l.compile)).toFixed(0)} ms (medians of ${runs} loads)`,
  );
  const kinds = new Set(page.loads.flatMap((l) => [...l.byKind.keys()]));
  const rows = [...kinds].map((k) => [k, med(page.loads.map((l) => l.byKind.get(k) ?? 0))]);
  for (const [k, ms] of rows.sort((a, b) => b[1] - a[1]))
    console.log(`${ms.toFixed(1).padStart(8)}  ${k}`);
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const pages = [
    await setUp(browser, arg('dist', 'dist'), true),
    await setUp(browser, arg('react', ''), false),
  ];
  try {
    for (let r = 0; r < runs + 1; r++) {
      for (const page of pages) {
        const p = await page.context.newPage();
        await browser.startTracing(p, { categories: CATEGORIES });
        const ready = p.waitForEvent('console', {
          predicate: (m) => m.text() === 'bench-ready',
          timeout: 20_000,
        });
        await p.goto(page.url);
        await ready;
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
        await p.close();
        if (r > 0) page.loads.push(mainThread(traceEvents, page.url)); // the first warms up
      }
    }
    pages.forEach(report);
  } finally {
    await browser.close();
    for (const page of pages) await page.server.close();
  }
}

if (!arg('react', '')) {
  console.error('usage: node bench/trace-load.mjs --dist=dist --react=DIR [--runs=5]');
  process.exit(2);
}
await main();
