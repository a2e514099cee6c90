// The 汇总工作台 (issue 12) with a year's office stored: 500 reports of 2024 and 500 of 2023
// (bench/measure/workspace-fixture.ts: the published samples completed and renamed
// 「基准市第NNNN号单位」, one in ten left as published, with errors; statuses and formats mixed).
//
// Seeding: the fixture's backup file is restored through the app's own 从备份文件恢复 on `/`
// (src/features/drafts/backup-panel.tsx), which writes the rows as the store does (digest
// included). Measured, in one browser context:
// - shown: `/?workspace=2024` loaded 1 + n times (warm HTTP cache); an init script notes
//   performance.now() (ms since navigation start) when a row of a stored report
//   (`tr[data-agency]`) and the header count (`[data-count="received"]`) are both in the DOM;
//   the note gives the median time until the 与上年 column is filled on the first page too.
// - filter: a query naming one agency (e.g. 0137号) typed into the table's search box; from the
//   last key's event.timeStamp until every listed row contains it. 2 warm-up + n.
// - sort: a click on a sort header (本年新收, 错误, 机关, 最后修改 in turn); from the click's
//   event.timeStamp until the header's aria-sort has changed (the rows are re-rendered in the
//   same commit). 2 warm-up + n.
// - heap: a new page on the workspace, idle after the 与上年 column is filled, CDP
//   HeapProfiler.collectGarbage twice, then JSHeapUsedSize (Performance.getMetrics).
// - consolidation: 生成汇总报告 → 本级政府名称 → 全选 (all 500 reports) → the dialog's
//   生成汇总报告; from that click (performance.timeOrigin + now, kept in sessionStorage across
//   the navigation) until the new 汇总's editor is ready (`[data-editor-ready]`) with its
//   sources on the cells (`td[data-sources]`). The 汇总 is then deleted (raw IndexedDB).
//   1 warm-up + n.
// - receive: 200 files (100 JSON and 100 text exports of the samples, each of an agency not
//   stored) dropped on the workspace as the file manager would; from just before the drop event
//   until the receive summary reads 「已处理 200 个文件」. The received reports are then deleted
//   (raw IndexedDB) and the page reloaded. 1 warm-up + n.
// - the consolidation function in Node: bench/measure/workspace-node.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { cdp, figure, freshPage, log, NO_STORAGE, runProcess, settle } from '../lib.mjs';

const YEAR = 2024;
const PER_YEAR = 500;
const FILES = 200;
const NEW_PREFIX = '基准市新报送';
const SORT_HEADERS = ['本年新收', '错误', '机关', '最后修改'];

const NAMES = {
  shown: `workspace, ${PER_YEAR} reports → rows shown`,
  filter: `workspace: filter ${PER_YEAR} rows`,
  sort: `workspace: sort ${PER_YEAR} rows`,
  heap: 'JS heap with the workspace open',
  node: `consolidation of ${PER_YEAR} reports (node)`,
  click: '生成汇总报告 click → 汇总 editor ready',
  receive: `receive ${FILES} text/JSON files`,
};

async function fixture(root, samplesDir) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ws-'));
  try {
    const out = join(dir, 'fixture.json');
    const args = ['tsx', 'bench/measure/workspace-fixture.ts', out, samplesDir, String(YEAR)];
    const r = await runProcess('npx', [...args, String(PER_YEAR), String(FILES)], { cwd: root });
    if (r.code !== 0) throw new Error(`workspace-fixture.ts failed: ${r.err.slice(-1000)}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Restores the office's backup through the app's 从备份文件恢复; resolves to the notice. */
async function restoreBackup(page, appUrl, text) {
  await page.goto(`${appUrl}/`);
  const input = page.locator('.backup-panel input[type="file"]');
  await input.setInputFiles({
    name: 'office-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const notice = page.locator('.backup-panel [role="status"], .backup-panel [role="alert"]');
  await notice.waitFor({ timeout: 120_000 });
  return notice.innerText();
}

/** Init script: notes when the workspace shows rows and counts, and when 与上年 is filled. */
function watchWorkspace() {
  const w = { shown: undefined, compared: undefined };
  window.__ws = w;
  const obs = new MutationObserver(() => {
    const now = performance.now();
    if (w.shown === undefined && document.querySelector('tr[data-agency][data-report-id]')) {
      if (document.querySelector('[data-count="received"]')) w.shown = now;
    }
    if (w.shown !== undefined && w.compared === undefined) {
      // A row's 与上年 cell gets data-previous once its comparison is worked out.
      const rows = [...document.querySelectorAll('tbody tr[data-report-id]')];
      if (rows.length > 0 && rows.every((r) => r.querySelector('[data-previous]')))
        w.compared = now;
    }
    if (w.compared !== undefined) obs.disconnect();
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

async function openWorkspace(page, appUrl) {
  await page.goto(`${appUrl}/?workspace=${YEAR}`);
  await page.waitForFunction(() => window.__ws?.compared !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => ({ ...window.__ws }));
}

async function measureShown(page, appUrl, reps) {
  const shown = [];
  const compared = [];
  for (let i = 0; i < reps + 1; i++) {
    const w = await openWorkspace(page, appUrl);
    if (i > 0) shown.push(w.shown);
    if (i > 0) compared.push(w.compared);
    await settle(page);
  }
  return { shown, compared };
}

function installTiming() {
  const b = { t0: null, q: null, doneAt: null, th: null, sort: null };
  window.__tbench = b;
  window.addEventListener('keydown', (e) => void (b.t0 = e.timeStamp), true);
  window.addEventListener('click', (e) => void (b.t0 = e.timeStamp), true);
  const rows = () => [...document.querySelectorAll('tbody tr[data-agency]')];
  new MutationObserver(() => {
    if (b.doneAt !== null) return;
    if (b.q !== null) {
      const r = rows();
      if (r.length > 0 && r.every((x) => x.dataset.agency.includes(b.q)))
        b.doneAt = performance.now();
    } else if (b.th !== null) {
      const th = [...document.querySelectorAll('thead th')].find((h) =>
        h.textContent.startsWith(b.th),
      );
      if (th && th.getAttribute('aria-sort') !== b.sort) b.doneAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

async function measureFilter(page, reps) {
  const box = page.locator('.workspace-filters input[type="search"]');
  const out = [];
  for (let i = 0; i < reps + 2; i++) {
    const q = `${String(100 + i * 37).padStart(4, '0')}号`;
    await box.click();
    await box.press('ControlOrMeta+a');
    await box.press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-agency]').length > 1);
    await settle(page);
    await page.evaluate((query) => Object.assign(window.__tbench, { q: query, doneAt: null }), q);
    await box.pressSequentially(q);
    await page.waitForFunction(() => window.__tbench.doneAt !== null, null, { timeout: 5000 });
    const { t0, doneAt } = await page.evaluate(() => window.__tbench);
    if (i >= 2) out.push(doneAt - t0);
  }
  await box.fill('');
  await page.evaluate(() => Object.assign(window.__tbench, { q: null }));
  return out;
}

async function measureSort(page, reps) {
  const out = [];
  for (let i = 0; i < reps + 2; i++) {
    const name = SORT_HEADERS[i % SORT_HEADERS.length];
    const th = page.locator('thead th', { has: page.getByRole('button', { name, exact: true }) });
    await settle(page);
    const sort = await th.getAttribute('aria-sort');
    await page.evaluate(
      ([header, was]) => Object.assign(window.__tbench, { th: header, sort: was, doneAt: null }),
      [name, sort],
    );
    await th.getByRole('button').click();
    await page.waitForFunction(() => window.__tbench.doneAt !== null, null, { timeout: 5000 });
    const { t0, doneAt } = await page.evaluate(() => window.__tbench);
    if (i >= 2) out.push(doneAt - t0);
  }
  await page.evaluate(() => Object.assign(window.__tbench, { th: null }));
  return out;
}

async function heapOnce(context, appUrl) {
  const page = await context.newPage();
  try {
    await openWorkspace(page, appUrl);
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
    await page.close();
  }
}

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

/** Init script: in the 汇总's editor, notes (epoch ms) when it is ready with its sources. */
function watchEditor() {
  if (!location.search.includes('report=')) return;
  const obs = new MutationObserver(() => {
    if (document.querySelector('[data-editor-ready]') && document.querySelector('[data-sources]')) {
      window.__editorAt = performance.timeOrigin + performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true, attributes: true });
}

async function consolidateOnce(page, appUrl) {
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

async function measureReceive(page, appUrl, files, reps) {
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

async function nodeConsolidation(root, samplesDir, reps) {
  const args = ['tsx', 'bench/measure/workspace-node.ts', samplesDir, String(reps), '5'];
  const r = await runProcess('npx', [...args, String(PER_YEAR)], { cwd: root });
  if (r.code !== 0) throw new Error(`workspace-node.ts failed (${r.code}): ${r.err.slice(-2000)}`);
  return JSON.parse(r.out);
}

const ms = (x) => `${Math.round(x)} ms`;

/** The workspace figures (issue 12 "Speed and memory"). */
export async function measureWorkspace(ctx) {
  const { browser, appUrl, root, samplesDir, storage, reps } = ctx;
  const figures = [];
  log('workspace: consolidation in node');
  const node = await nodeConsolidation(root, samplesDir, reps.node);
  figures.push(
    figure({
      id: 'consolidateNode',
      name: NAMES.node,
      unit: 'ms',
      app: node.figures.consolidateNode,
      note:
        `consolidate() over ${node.info.sources} reports of ${YEAR} (${node.info.withErrors} with ` +
        `errors, allowed), problems passed in as runConsolidation does; 5 warm-up`,
    }),
  );
  if (!storage) throw new Error(NO_STORAGE);
  log('workspace: fixture');
  const fx = await fixture(root, samplesDir);
  const { context, page } = await freshPage(browser);
  try {
    log(`workspace: restoring ${fx.info.reports} reports from a backup file`);
    const t0 = Date.now();
    const restored = await restoreBackup(page, appUrl, fx.backup);
    if (!restored.includes(`新增 ${fx.info.reports} 份`))
      throw new Error(`restore did not add every report: ${restored}`);
    log(`workspace: restored in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await context.addInitScript(watchWorkspace);
    await context.addInitScript(watchEditor);

    log('workspace: shown');
    const { shown, compared } = await measureShown(page, appUrl, reps.lists);
    const cmp = figure({ id: 'x', name: 'x', unit: 'ms', app: compared }).app;
    const rowsShown = await page.locator('tbody tr[data-agency]').count();
    figures.push(
      figure({
        id: 'workspaceShown',
        name: NAMES.shown,
        unit: 'ms',
        app: shown,
        note:
          `${fx.info.reports} reports stored (${PER_YEAR} of ${YEAR}, ${PER_YEAR} of ${YEAR - 1}); ` +
          `ms from navigation start to the first row and the header count; ${rowsShown} rows on ` +
          `the page; 与上年 filled: median ${ms(cmp.median)}, p95 ${ms(cmp.p95)}`,
      }),
    );

    log('workspace: filter and sort');
    await page.evaluate(installTiming);
    const filter = await measureFilter(page, reps.filters);
    figures.push(
      figure({
        id: 'workspaceFilter',
        name: NAMES.filter,
        unit: 'ms',
        app: filter,
        note: 'last key of a query naming one agency (e.g. 0137号) → only its row listed',
      }),
    );
    const sort = await measureSort(page, reps.filters);
    figures.push(
      figure({
        id: 'workspaceSort',
        name: NAMES.sort,
        unit: 'ms',
        app: sort,
        note: `click on ${SORT_HEADERS.join(' / ')} in turn → header and rows re-sorted`,
      }),
    );

    log('workspace: heap');
    const heap = [];
    for (let i = 0; i < reps.heap; i++) heap.push(await heapOnce(context, appUrl));
    figures.push(
      figure({
        id: 'workspaceHeap',
        name: NAMES.heap,
        unit: 'MB',
        app: heap,
        note: `${fx.info.reports} reports stored; after the 与上年 column is filled and two forced GCs`,
      }),
    );

    log('workspace: consolidation in the browser');
    const clicks = [];
    let sources = '';
    for (let i = 0; i < reps.consolidate + 1; i++) {
      const r = await consolidateOnce(page, appUrl);
      sources = r.sources;
      if (i > 0) clicks.push(r.took);
    }
    figures.push(
      figure({
        id: 'consolidateClick',
        name: NAMES.click,
        unit: 'ms',
        app: clicks,
        note: `全选 (${sources}); from the dialog's 生成汇总报告 click to the editor ready with td[data-sources]`,
      }),
    );

    log('workspace: receive');
    const rx = await measureReceive(page, appUrl, fx.files, reps.receive);
    figures.push(
      figure({
        id: 'receive200',
        name: NAMES.receive,
        unit: 'ms',
        app: rx.out,
        note:
          `${FILES / 2} JSON + ${FILES / 2} text exports of new agencies dropped on the workspace ` +
          `holding ${fx.info.reports} reports → 「${rx.summary.trim()}」`,
      }),
    );
    return figures;
  } finally {
    await context.close();
  }
}
