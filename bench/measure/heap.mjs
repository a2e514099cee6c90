// JS heap after loading a full report: a fresh page opens the report (the app: the stored
// sample at /?report=<id>, or /?demo=sample while there is no storage; the baseline: its
// table 3), waits until it is idle, forces a garbage collection (CDP
// HeapProfiler.collectGarbage) and reads JSHeapUsedSize from Performance.getMetrics.
import { cdp, editorReady, figure, freshPage, log, openSample, settle } from '../lib.mjs';

async function heapOnce(browser, open) {
  const { context, page } = await freshPage(browser);
  try {
    await open(page);
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
    await context.close();
  }
}

export async function measureHeap({ browser, appUrl, baselineUrl, storage, reps = 5 }) {
  log('heap');
  const app = [];
  const base = [];
  let note;
  for (let i = 0; i < reps; i++) {
    app.push(
      await heapOnce(browser, async (page) => {
        const id = await openSample(page, appUrl, { waitForReportMs: storage ? 10000 : 0 });
        if (id) {
          await page.goto(`${appUrl}/?report=${encodeURIComponent(id)}`);
          await editorReady(page);
        } else note = 'measured on /?demo=sample: the app has no /?report=<id> route yet';
      }),
    );
    base.push(
      await heapOnce(browser, async (page) => {
        await page.goto(`${baselineUrl}/`);
        await page.waitForSelector('input[name^="requests."]');
      }),
    );
  }
  return [
    figure({
      id: 'heap',
      name: 'JS heap after loading a full report',
      unit: 'MB',
      app,
      baseline: base,
      note,
    }),
  ];
}
