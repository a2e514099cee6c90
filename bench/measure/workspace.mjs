// The 汇总工作台 (issue 12) with a year's office stored: 500 reports of 2024 and 500 of 2023
// (bench/measure/workspace-fixture.ts: the published samples completed and renamed
// 「基准市第NNNN号单位」, one in ten left as published, with errors; statuses and formats mixed).
//
// Seeding: the fixture's backup file is restored through the app's own 从备份文件恢复 on `/`
// (src/features/drafts/backup-panel.tsx), which writes the rows as the store does (digest
// included). Measured, in one browser context (the table: workspace-table.mjs; consolidating
// and receiving: workspace-batch.mjs); a measurement that fails is reported, the others run:
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
//   生成汇总报告; from that click (performance.timeOrigin + now, kept in sessionStorage in case
//   the page is loaded again) until the new 汇总's editor, opened in the page, is ready
//   (`[data-editor-ready]`) with its sources on the cells (`[data-sources]`). The 汇总 is then
//   deleted (raw IndexedDB). 1 warm-up + n.
// - receive: 200 files (100 JSON and 100 text exports of the samples, each of an agency not
//   stored) dropped on the workspace as the file manager would; from just before the drop event
//   until the receive summary reads 「已处理 200 个文件」. The received reports are then deleted
//   (raw IndexedDB) and the page reloaded. 1 warm-up + n.
// - the consolidation function in Node: bench/measure/workspace-node.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { figure, freshPage, log, NO_STORAGE, runProcess, unavailable } from '../lib.mjs';
import {
  heapOnce,
  installTiming,
  measureFilter,
  measureShown,
  measureSort,
  SORTED_BY,
  watchWorkspace,
  YEAR,
} from './workspace-table.mjs';
import { consolidateOnce, measureReceive, watchEditor } from './workspace-batch.mjs';

const PER_YEAR = 500;
const FILES = 200;

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
  await page.getByRole('button', { name: '设置', exact: true }).click(); // 备份与恢复 lives in 设置
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

async function nodeConsolidation(root, samplesDir, reps) {
  const args = ['tsx', 'bench/measure/workspace-node.ts', samplesDir, String(reps), '5'];
  const r = await runProcess('npx', [...args, String(PER_YEAR)], { cwd: root });
  if (r.code !== 0) throw new Error(`workspace-node.ts failed (${r.code}): ${r.err.slice(-2000)}`);
  return JSON.parse(r.out);
}

const ms = (x) => `${Math.round(x)} ms`;

/**
 * Runs one measurement; when it fails, its figures say why and the others still run.
 * `ids` = [[id, name, unit], …] of the figures it gives.
 */
async function attempt(figures, ids, run) {
  try {
    figures.push(...(await run()));
  } catch (error) {
    const why = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    log(`workspace: ${ids.map(([id]) => id).join(', ')} ${why}`);
    for (const [id, name, unit] of ids)
      figures.push({ ...unavailable(id, name, unit, why), unavailable: `not measured (${why})` });
  }
}

/** The browser figures, on a page of a context holding the office `fx`. */
async function browserFigures(figures, { context, page, appUrl, fx, reps }) {
  await attempt(figures, [['workspaceShown', NAMES.shown, 'ms']], async () => {
    log('workspace: shown');
    const { shown, compared } = await measureShown(page, appUrl, reps.lists);
    const cmp = figure({ id: 'x', name: 'x', unit: 'ms', app: compared }).app;
    const rowsShown = await page.locator('tbody tr[data-agency]').count();
    const note =
      `${fx.info.reports} reports stored (${PER_YEAR} of ${YEAR}, ${PER_YEAR} of ${YEAR - 1}); ` +
      `ms from navigation start to the first row and the header count; ${rowsShown} rows on ` +
      `the page; 与上年 filled: median ${ms(cmp.median)}, p95 ${ms(cmp.p95)}`;
    return [figure({ id: 'workspaceShown', name: NAMES.shown, unit: 'ms', app: shown, note })];
  });
  await attempt(figures, [['workspaceFilter', NAMES.filter, 'ms']], async () => {
    log('workspace: filter');
    await page.evaluate(installTiming);
    const app = await measureFilter(page, reps.filters, PER_YEAR);
    const note = 'last key of a query naming one agency (e.g. 0137号) → only its row listed';
    return [figure({ id: 'workspaceFilter', name: NAMES.filter, unit: 'ms', app, note })];
  });
  await attempt(figures, [['workspaceSort', NAMES.sort, 'ms']], async () => {
    log('workspace: sort');
    const app = await measureSort(page, reps.filters);
    const note = `click on ${SORTED_BY.join(' / ')} in turn → header and rows re-sorted`;
    return [figure({ id: 'workspaceSort', name: NAMES.sort, unit: 'ms', app, note })];
  });
  await attempt(figures, [['workspaceHeap', NAMES.heap, 'MB']], async () => {
    log('workspace: heap');
    const app = [];
    for (let i = 0; i < reps.heap; i++) app.push(await heapOnce(context, appUrl));
    const note = `${fx.info.reports} reports stored; after the 与上年 column is filled and two forced GCs`;
    return [figure({ id: 'workspaceHeap', name: NAMES.heap, unit: 'MB', app, note })];
  });
  await attempt(figures, [['consolidateClick', NAMES.click, 'ms']], async () => {
    log('workspace: consolidation in the browser');
    const app = [];
    let sources = '';
    for (let i = 0; i < reps.consolidate + 1; i++) {
      const r = await consolidateOnce(page, appUrl);
      sources = r.sources;
      if (i > 0) app.push(r.took);
    }
    const note = `全选 (${sources}); from the dialog's 生成汇总报告 click to the editor ready with [data-sources]`;
    return [figure({ id: 'consolidateClick', name: NAMES.click, unit: 'ms', app, note })];
  });
  await attempt(figures, [['receive200', NAMES.receive, 'ms']], async () => {
    log('workspace: receive');
    const rx = await measureReceive(page, appUrl, fx.files, reps.receive);
    const note =
      `${FILES / 2} JSON + ${FILES / 2} text exports of new agencies dropped on the workspace ` +
      `holding ${fx.info.reports} reports → 「${rx.summary.trim()}」`;
    return [figure({ id: 'receive200', name: NAMES.receive, unit: 'ms', app: rx.out, note })];
  });
}

/** The workspace figures (issue 12 "Speed and memory"). */
export async function measureWorkspace(ctx) {
  const { browser, appUrl, root, samplesDir, storage, reps } = ctx;
  const figures = [];
  await attempt(figures, [['consolidateNode', NAMES.node, 'ms']], async () => {
    log('workspace: consolidation in node');
    const node = await nodeConsolidation(root, samplesDir, reps.node);
    const note =
      `consolidate() over ${node.info.sources} reports of ${YEAR} (${node.info.withErrors} with ` +
      `errors, allowed), loaded, keyed and counted as runConsolidation passes them; 5 warm-up`;
    const app = node.figures.consolidateNode;
    return [figure({ id: 'consolidateNode', name: NAMES.node, unit: 'ms', app, note })];
  });
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
    await browserFigures(figures, { context, page, appUrl, fx, reps });
    return figures;
  } finally {
    await context.close();
  }
}
