// Shared helpers of the benchmark: statistics, browser pages, CDP, figure records.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

/** Chromium flags for root + headless + no network (docs/toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--password-store=basic',
  '--use-mock-keychain',
];

/** Debian's chromium (or PW_CHROMIUM_PATH); undefined = Playwright's bundled browser. */
export function chromiumPath() {
  if (process.env.PW_BUNDLED === '1') return undefined;
  return [process.env.PW_CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
}

/** Value at quantile q (0..1) of sorted numbers, nearest-rank. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Median (mean of the middle two for an even count). */
export function median(sorted) {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

const round = (x, digits = 2) => (x === null ? null : Number(x.toFixed(digits)));

/** { n, median, p95, min, max, samples } of a list of numbers. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: round(median(sorted)),
    p95: round(quantile(sorted, 0.95)),
    min: round(sorted[0] ?? null),
    max: round(sorted.at(-1) ?? null),
    samples: samples.map((x) => round(x, 3)),
  };
}

/**
 * One row of the results: a figure with the app's and (when there is one) the baseline's
 * summaries. `budget` = { text, check(fig) → boolean } is evaluated by the runner.
 */
export function figure({ id, name, unit, app = null, baseline = null, note, unavailable }) {
  const fig = { id, name, unit };
  if (unavailable) return { ...fig, unavailable };
  fig.app = Array.isArray(app) ? summarize(app) : app;
  fig.baseline = Array.isArray(baseline) ? summarize(baseline) : baseline;
  const mid = (s) => s?.median ?? s?.value ?? null;
  if (mid(fig.app) != null && mid(fig.baseline)) {
    fig.ratio = round(mid(fig.app) / mid(fig.baseline));
  }
  if (note) fig.note = note;
  return fig;
}

/** A figure that could not be measured, with the reason. */
export function unavailable(id, name, unit, why) {
  return figure({ id, name, unit, unavailable: `not available: ${why}` });
}

/** A fresh context (empty cache and storage) and a page in it. */
export async function freshPage(browser) {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  return { context, page };
}

/** A CDP session for the page. */
export function cdp(page) {
  return page.context().newCDPSession(page);
}

/** Waits until the page is idle: two animation frames, then an idle callback. */
export function settle(page) {
  return page.evaluate(
    () =>
      new Promise((ok) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            (window.requestIdleCallback ?? setTimeout)(() => ok(), { timeout: 200 }),
          ),
        ),
      ),
  );
}

/**
 * Opens the sample report. Once the app stores drafts, `/?demo=sample` creates one and replaces
 * the address with `/?report=<id>`: then the id is returned; without storage, null. Pass
 * waitForReportMs: 0 when the runner already knows there is no storage.
 */
export async function openSample(page, appUrl, { waitForReportMs = 10000 } = {}) {
  await page.goto(`${appUrl}/?demo=sample`);
  await page.waitForSelector('input[name^="requests."]', { timeout: 15000 });
  const deadline = Date.now() + waitForReportMs;
  for (;;) {
    const id = new URL(page.url()).searchParams.get('report');
    if (id) return id;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until the page's editor is ready: `[data-editor-ready]`, which the app sets once every
 * field is there and editable and its store is open (the baselines set it with their table).
 */
export function editorReady(page, timeout = 15000) {
  return page.waitForSelector('[data-editor-ready]', { state: 'attached', timeout });
}

/** Why storage measurements cannot run yet. */
export const NO_STORAGE =
  '/?demo=sample does not become /?report=<id> (storage not wired into the app yet)';

/** Logs a progress line on stderr (stdout carries the table). */
export function log(...parts) {
  process.stderr.write(`[bench] ${parts.join(' ')}\n`);
}

/** Runs a command to its end and collects its exit code and output. */
export function runProcess(cmd, args, { cwd }) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => ok({ code, out, err }));
  });
}
