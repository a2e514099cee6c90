// Keystroke → updated （七）总计 and balance flag in table 3, for the app and the baseline, at
// normal speed and with the CPU throttled 4×.
//
// In the page, a capture-phase keydown listener on window (installed before typing) notes the
// key event's own timestamp (event.timeStamp, same clock as performance.now()) and the state
// of the computed cell [data-computed="requests.resultsTotal.total"]. A MutationObserver on
// the document (text, children and the data-invalid attribute) notes the first moment its
// text changed and the first moment its data-invalid flag flipped; the sample is the later of
// the two minus the key's timestamp. The keys alternate "1" and Backspace in
// requests.granted.natural of the all-zero sample, so every key changes the total (0 ↔ 1) AND
// flips the 勾稽关系 flag (balanced ↔ not).
import { cdp, editorReady, figure, freshPage, log, openSample, settle } from '../lib.mjs';

const CELL = 'requests.granted.natural';
const TOTAL = 'requests.resultsTotal.total';

function install(selector) {
  const b = { pending: null, done: [], errors: 0 };
  window.__kbench = b;
  const read = () => {
    const cell = document.querySelector(selector);
    return cell && { text: cell.textContent, flag: cell.getAttribute('data-invalid') === 'true' };
  };
  window.addEventListener(
    'keydown',
    (e) => {
      const s = read();
      b.pending = { t0: e.timeStamp, text0: s?.text, flag0: s?.flag, tText: null, tFlag: null };
    },
    true,
  );
  new MutationObserver(() => {
    const p = b.pending;
    if (!p) return;
    const now = performance.now();
    const s = read();
    if (!s) return;
    if (p.tText === null && s.text !== p.text0) p.tText = now;
    if (p.tFlag === null && s.flag !== p.flag0) p.tFlag = now;
    if (p.tText !== null && p.tFlag !== null) {
      b.done.push({
        both: Math.max(p.tText, p.tFlag) - p.t0,
        total: p.tText - p.t0,
        flag: p.tFlag - p.t0,
      });
      b.pending = null;
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-invalid'],
  });
}

async function typeAndTime(page, { warmup, reps, throttle }) {
  const session = await cdp(page);
  await page.evaluate(install, `[data-computed="${TOTAL}"]`);
  const input = page.locator(`input[name="${CELL}"]`);
  await input.click();
  await input.focus();
  await settle(page);
  if (throttle > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const samples = [];
  for (let i = 0; i < warmup + reps; i++) {
    await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
    const got = await page.evaluate(
      (n) =>
        new Promise((ok) => {
          const t0 = performance.now();
          const poll = () => {
            if (window.__kbench.done.length >= n) ok(window.__kbench.done[n - 1]);
            else if (performance.now() - t0 > 5000) ok(null);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
      i + 1,
    );
    if (!got) throw new Error(`key ${i + 1}: total or balance flag did not change within 5 s`);
    if (i >= warmup) samples.push(got.both);
    await settle(page);
  }
  if (throttle > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await session.detach();
  return samples;
}

/** Opens a fresh page with `open` and times keystrokes on it. */
async function run(browser, open, opts) {
  const { context, page } = await freshPage(browser);
  try {
    await open(page);
    await editorReady(page);
    await settle(page);
    return await typeAndTime(page, opts);
  } finally {
    await context.close();
  }
}

export async function measureKeystroke({
  browser,
  appUrl,
  baselineUrl,
  storage,
  warmup = 10,
  reps = 60,
}) {
  // The app: the sample, stored (once the app stores reports, /?demo=sample creates a draft and
  // moves to /?report=<id>; typing starts after that, on the editor of the stored report).
  const openApp = (page) => openSample(page, appUrl, { waitForReportMs: storage ? 10000 : 0 });
  const openBaseline = (page) => page.goto(`${baselineUrl}/`);
  const figures = [];
  for (const throttle of [1, 4]) {
    const opts = { warmup, reps, throttle };
    log(`keystroke ×${throttle}: app`);
    const app = await run(browser, openApp, opts);
    log(`keystroke ×${throttle}: baseline`);
    const baseline = await run(browser, openBaseline, opts);
    figures.push(
      figure({
        id: throttle === 1 ? 'keystroke' : 'keystroke4x',
        name:
          throttle === 1
            ? 'keystroke → （七）总计 + flag'
            : 'keystroke → （七）总计 + flag, CPU ×4',
        unit: 'ms',
        app,
        baseline,
      }),
    );
  }
  return figures;
}
