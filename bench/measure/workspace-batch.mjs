// Acting on a year's office (see workspace.mjs): 生成汇总报告 over all 500 reports, from the
// click to the 汇总's editor, and receiving 200 files at once. What each adds is deleted again
// with the raw IndexedDB API, so that every repetition starts from the same office.
import { openWorkspace, YEAR } from './workspace-table.mjs';
import { settle } from '../lib.mjs';

const NEW_PREFIX = '基准市新报送';

/** Deletes reports (with their history and list line) with the raw IndexedDB API: `ids`, or those of agencies starting with `prefix`. */
function deleteReports({ ids, prefix }) {
  const req = (r) =>
    new Promise((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
  return (async () => {
    const db = await req(indexedDB.open('nianbao'));
    try {
      // The list line of each report (schema version 5) goes with it.
      const tables = ['reports', 'snapshots', 'listing'].filter((n) =>
        db.objectStoreNames.contains(n),
      );
      const tx = db.transaction(tables, 'readwrite');
      const reports = tx.objectStore('reports');
      const listing = tables.includes('listing') ? tx.objectStore('listing') : null;
      const doomed = new Set(ids ?? []);
      if (prefix) {
        for (const row of await req(reports.getAll()))
          if (row.document?.meta?.agency?.startsWith(prefix)) doomed.add(row.id);
      }
      const snapshots = tx.objectStore('snapshots');
      for (const id of doomed) {
        reports.delete(id);
        listing?.delete(id);
        for (const key of await req(snapshots.index('reportId').getAllKeys(id)))
          snapshots.delete(key);
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      return doomed.size;
    } finally {
      db.close();
    }
  })();
}

/**
 * Init script: notes (epoch ms) when the editor of a report is ready with its sources, whether
 * the workspace opened it in the page or by loading the page again.
 */
export function watchEditor() {
  const obs = new MutationObserver(() => {
    if (!location.search.includes('report=')) return;
    if (document.querySelector('[data-editor-ready]') && document.querySelector('[data-sources]')) {
      window.__editorAt = performance.timeOrigin + performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
}

export async function consolidateOnce(page, appUrl) {
  await openWorkspace(page, appUrl);
  await page.getByRole('button', { name: '生成汇总报告', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `生成 ${YEAR} 年度汇总报告` });
  await dialog.getByLabel(/本级政府名称/).fill('基准市人民政府');
  await dialog.getByRole('button', { name: '全选' }).click();
  const submit = dialog.getByRole('button', { name: '生成汇总报告' });
  await page.evaluate(() => {
    const submitButton = document.querySelector('dialog[open] button[type="submit"]');
    submitButton.addEventListener(
      'click',
      () =>
        sessionStorage.setItem(
          '__consolidateAt',
          String(performance.timeOrigin + performance.now()),
        ),
      { capture: true, once: true },
    );
  });
  await submit.click();
  await page.waitForURL(/\?report=/, { timeout: 30_000 });
  await page.waitForFunction(() => window.__editorAt !== undefined, null, { timeout: 30_000 });
  const took = await page.evaluate(
    () => window.__editorAt - Number(sessionStorage.getItem('__consolidateAt')),
  );
  const sources = await page.locator('.consolidation-bar strong').innerText();
  const id = new URL(page.url()).searchParams.get('report');
  await page.goto(`${appUrl}/?workspace=${YEAR}`);
  await page.evaluate(deleteReports, { ids: [id] });
  return { took, sources };
}

async function receiveOnce(page, appUrl) {
  await openWorkspace(page, appUrl);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    for (const f of window.__receiveFiles)
      transfer.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    window.__rx = { t0: null, done: null };
    const total = window.__receiveFiles.length;
    new MutationObserver((_, obs) => {
      const s = document.querySelector('.receive-summary')?.textContent ?? '';
      if (s.startsWith(`已处理 ${total} 个文件`)) {
        window.__rx.done = performance.now();
        window.__rx.summary = s;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
    const main = document.querySelector('main') ?? document.body;
    window.__rx.t0 = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop'])
      main.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
  });
  await page.waitForFunction(() => window.__rx.done !== null, null, { timeout: 120_000 });
  const rx = await page.evaluate(() => window.__rx);
  await settle(page);
  await page.evaluate(deleteReports, { prefix: NEW_PREFIX });
  return { took: rx.done - rx.t0, summary: rx.summary };
}

export async function measureReceive(page, appUrl, files, reps) {
  // Every new page of the context gets the files, ready before the drop is timed.
  await page.context().addInitScript((list) => void (window.__receiveFiles = list), files);
  const out = [];
  let summary = '';
  for (let i = 0; i < reps + 1; i++) {
    const r = await receiveOnce(page, appUrl);
    summary = r.summary.replace(/清除.*$/, '');
    if (i > 0) out.push(r.took);
  }
  return { out, summary };
}
