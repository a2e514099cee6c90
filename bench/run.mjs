#!/usr/bin/env node
// `npm run bench`: builds the app, serves it and the two baselines (a plain-DOM page and a React
// page of table 3, the latter built into a directory of its own) on 127.0.0.1, drives
// Chromium with Playwright through every measurement in bench/measure/, writes
// bench/results/<YYYY-MM-DDTHH-mm>.json and prints a Markdown table (stdout; progress on stderr).
//
// Options: --no-build (reuse dist/), --quick (fewer repetitions, for trying the bench itself),
// --only=keystroke,load,storage,drafts,heap,io,workspace,office (a subset), --readme (also write the table into
// bench/README.md between its "bench:latest" markers), --dist=DIR (serve another build; implies
// --no-build).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve.mjs';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  freshPage,
  log,
  openSample,
  runProcess,
  unavailable,
} from './lib.mjs';
import { measureKeystroke } from './measure/keystroke.mjs';
import { measureLoad } from './measure/load.mjs';
import { measureStorage } from './measure/storage.mjs';
import { measureDrafts } from './measure/drafts.mjs';
import { measureHeap } from './measure/heap.mjs';
import { measureIo } from './measure/io.mjs';
import { measureOffice } from './measure/office.mjs';
import { measureWorkspace } from './measure/workspace.mjs';
import { buildReactBaseline } from './baseline-react/build.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const SAMPLES = process.env.NIANBAO_SAMPLES ?? '/work/shared/samples/published';

const argv = process.argv.slice(2);
const distArg = argv.find((a) => a.startsWith('--dist='))?.slice(7);
const opt = {
  build: !argv.includes('--no-build') && !distArg,
  dist: distArg ?? join(ROOT, 'dist'),
  quick: argv.includes('--quick'),
  readme: argv.includes('--readme'),
  only: argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(','),
};
const reps = opt.quick
  ? { keys: 16, keyWarmup: 4, loads: 4, saves: 5, lists: 3, filters: 3, heap: 2, io: 15, cli: 2 }
  : {
      keys: 60,
      keyWarmup: 10,
      loads: 12,
      saves: 20,
      lists: 10,
      filters: 10,
      heap: 5,
      io: 50,
      cli: 5,
    };

// Budgets from issues 7 and 13. Ratio budgets compare medians; absolute time budgets must hold
// at p95 (the slow end of normal use) unless the issue says median; sizes are single values.
// kB = 1,000 bytes. The load budgets compare with the React page of table 3.
const BUDGETS = {
  keystroke: {
    text: 'median ≤ 2× baseline, p95 < 16 ms',
    check: (f) => f.app.median <= 2 * f.baseline.median && f.app.p95 < 16,
  },
  coldLoad: {
    text: 'median ≤ 2.5× React page',
    check: (f) => f.app.median <= 2.5 * f.baseline.median,
  },
  returnLoad: {
    text: 'median ≤ 2× React page',
    check: (f) => f.app.median <= 2 * f.baseline.median,
  },
  listOpen: { text: 'median ≤ 150 ms', check: (f) => f.app.median <= 150 },
  jsGzip: { text: '< 160 kB', check: (f) => f.app.value < 160 },
  saveToIdb: { text: 'p95 ≤ 500 ms', check: (f) => f.app.p95 <= 500 },
  draftsList: { text: 'p95 ≤ 300 ms', check: (f) => f.app.p95 <= 300 },
  exportText: { text: 'p95 < 50 ms', check: (f) => f.app.p95 < 50 },
  exportJson: { text: 'p95 < 50 ms', check: (f) => f.app.p95 < 50 },
  exportHtml: { text: 'p95 < 50 ms', check: (f) => f.app.p95 < 50 },
  // Issue 12, the workspace with 500 stored reports of the year.
  workspaceShown: { text: 'p95 ≤ 500 ms', check: (f) => f.app.p95 <= 500 },
  workspaceFilter: { text: 'p95 ≤ 50 ms', check: (f) => f.app.p95 <= 50 },
  workspaceSort: { text: 'p95 ≤ 50 ms', check: (f) => f.app.p95 <= 50 },
  consolidateNode: { text: 'p95 ≤ 300 ms', check: (f) => f.app.p95 <= 300 },
  consolidateClick: { text: 'p95 ≤ 1 s', check: (f) => f.app.p95 <= 1000 },
  receive200: { text: 'p95 ≤ 5 s', check: (f) => f.app.p95 <= 5000 },
  workspaceHeap: { text: 'p95 ≤ 60 MB', check: (f) => f.app.p95 <= 60 },
  // Issue 11, office formats in the browser with the libraries loaded.
  pdfImport: { text: 'p95 ≤ 1 s', check: (f) => f.app.p95 <= 1000 },
  docxExport: { text: 'p95 ≤ 300 ms', check: (f) => f.app.p95 <= 300 },
  xlsxExport: { text: 'p95 ≤ 300 ms', check: (f) => f.app.p95 <= 300 },
};

function sh(cmd, args) {
  return runProcess(cmd, args, { cwd: ROOT });
}

function stamp(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}-${p(d.getMinutes())}`;
}

const fmt = (x, unit) => {
  if (x === null || x === undefined) return '—';
  const digits = unit === 'ms' && x >= 100 ? 0 : unit === 'ms' && x >= 10 ? 1 : 2;
  return `${x.toFixed(digits)} ${unit}`;
};

function markdown(figures) {
  const lines = [
    '| figure | app median | app p95 | baseline median | ratio | budget | ok? |',
    '|---|---:|---:|---:|---:|---|---|',
  ];
  for (const f of figures) {
    const b = f.budget;
    const ok = b ? (b.pass === null ? 'n/a' : b.pass ? '✅ yes' : '❌ **no**') : '';
    if (f.unavailable) {
      lines.push(`| ${f.name} | n/a | | | | ${b?.text ?? ''} | ${ok} |`);
      continue;
    }
    const single = f.app && 'value' in f.app;
    const appMid = single ? f.app.value : f.app?.median;
    const baseMid = f.baseline
      ? 'value' in f.baseline
        ? f.baseline.value
        : f.baseline.median
      : null;
    lines.push(
      `| ${f.name} | ${fmt(appMid, f.unit)} | ${single ? '—' : fmt(f.app?.p95, f.unit)} | ` +
        `${fmt(baseMid, f.unit)} | ${f.ratio != null ? `${f.ratio.toFixed(2)}×` : '—'} | ` +
        `${b?.text ?? ''} | ${ok} |`,
    );
  }
  const notes = figures
    .filter((f) => f.note || f.unavailable)
    .map((f) => `- ${f.name}: ${f.unavailable ?? f.note}`);
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

const load1 = () => Number(loadavg()[0].toFixed(2));

async function main() {
  const started = performance.now();
  const loadBefore = load1();
  if (loadBefore > availableParallelism()) {
    log(
      `warning: load average ${loadBefore} on ${availableParallelism()} cores: figures will be noisy`,
    );
  }
  if (opt.build) {
    log('npm run build');
    const b = await sh('npm', ['run', 'build']);
    if (b.code !== 0) {
      throw new Error(
        `npm run build failed (--no-build measures the dist/ already there):\n${b.out}${b.err}`,
      );
    }
  }
  if (!existsSync(join(opt.dist, 'index.html')))
    throw new Error(`no ${relative(ROOT, opt.dist) || '.'}/index.html: build first`);

  log('table-3 data for the baseline');
  const data = await sh('npx', ['tsx', 'bench/measure/table3-data.ts']);
  if (data.code !== 0) throw new Error(`table3-data.ts failed:\n${data.err}`);
  JSON.parse(data.out); // fails loudly if it is not JSON

  // Serve a copy: dist/ may be rebuilt (by `npm run build` elsewhere) while the bench runs.
  const snapshot = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  cpSync(opt.dist, snapshot, { recursive: true });
  const reactDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-react-'));
  const servers = [];
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await Promise.all(servers.map((s) => s.close()));
    rmSync(snapshot, { recursive: true, force: true });
    rmSync(reactDir, { recursive: true, force: true });
  };
  const onSignal = () => void stop().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const app = await serveStatic({ root: snapshot });
    servers.push(app);
    const baseline = await serveStatic({
      root: join(BENCH, 'baseline'),
      virtual: { '/table3-data.js': { body: `window.TABLE3 = ${data.out};\n`, ext: '.js' } },
    });
    servers.push(baseline);
    log('building the React baseline');
    await buildReactBaseline({ outDir: reactDir, json: data.out });
    const react = await serveStatic({ root: reactDir });
    servers.push(react);
    log(`app ${app.url}/  baseline ${baseline.url}/  React baseline ${react.url}/`);

    const executablePath = chromiumPath();
    browser = await chromium.launch({ executablePath, args: executablePath ? CHROMIUM_ARGS : [] });
    log(`chromium ${browser.version()} (${executablePath ?? 'bundled'})`);

    // Does the app store reports yet? (/?demo=sample → /?report=<id>)
    const probe = await freshPage(browser);
    const storage = (await openSample(probe.page, app.url, { waitForReportMs: 6000 })) !== null;
    await probe.context.close();
    log(storage ? 'storage: /?report=<id> route present' : 'storage: not wired yet');

    const ctx = {
      browser,
      appUrl: app.url,
      baselineUrl: baseline.url,
      reactUrl: react.url,
      storage,
    };
    const steps = [
      {
        key: 'keystroke',
        ids: [
          ['keystroke', 'keystroke → （七）总计 + flag', 'ms'],
          ['keystroke4x', 'keystroke → （七）总计 + flag, CPU ×4', 'ms'],
        ],
        run: () => measureKeystroke({ ...ctx, reps: reps.keys, warmup: reps.keyWarmup }),
      },
      {
        key: 'load',
        ids: [
          ['coldLoad', 'cold load → editor ready', 'ms'],
          ['coldFirstCell', 'cold load → first editable cell', 'ms'],
          ['returnLoad', 'returning visit (service worker) → editor ready', 'ms'],
          ['listOpen', 'drafts list: click → editor ready', 'ms'],
          ['jsGzip', 'first-load JS (gzip)', 'kB'],
          ['cssGzip', 'first-load CSS (gzip)', 'kB'],
        ],
        run: () => measureLoad({ ...ctx, reps: reps.loads }),
      },
      {
        key: 'storage',
        ids: [
          ['saveToIdb', 'last keystroke → edit in IndexedDB', 'ms'],
          ['saveStatus', 'last keystroke → 已保存 shown', 'ms'],
        ],
        run: () => measureStorage({ ...ctx, reps: reps.saves }),
      },
      {
        key: 'drafts',
        ids: [
          ['draftsList', '1,000 drafts → list shown', 'ms'],
          ['draftsFilter', 'filter 1,000 drafts', 'ms'],
        ],
        run: () => measureDrafts({ ...ctx, reps: reps.lists, filterReps: reps.filters }),
      },
      {
        key: 'io',
        ids: [
          ['exportText', 'text export (full report)', 'ms'],
          ['exportJson', 'JSON export (full report)', 'ms'],
          ['exportHtml', 'printable HTML export (full report)', 'ms'],
        ],
        run: () => measureIo({ root: ROOT, samplesDir: SAMPLES, reps: reps.io, cliReps: reps.cli }),
      },
      {
        key: 'heap',
        ids: [['heap', 'JS heap after loading a full report', 'MB']],
        run: () => measureHeap({ ...ctx, reps: reps.heap }),
      },
      {
        key: 'workspace',
        ids: [
          ['consolidateNode', 'consolidation of 500 reports (node)', 'ms'],
          ['workspaceShown', 'workspace, 500 reports → rows shown', 'ms'],
          ['workspaceFilter', 'workspace: filter 500 rows', 'ms'],
          ['workspaceSort', 'workspace: sort 500 rows', 'ms'],
          ['workspaceHeap', 'JS heap with the workspace open', 'MB'],
          ['consolidateClick', '生成汇总报告 click → 汇总 editor ready', 'ms'],
          ['receive200', 'receive 200 text/JSON files', 'ms'],
        ],
        run: () =>
          measureWorkspace({
            ...ctx,
            root: ROOT,
            samplesDir: SAMPLES,
            reps: opt.quick
              ? { node: 10, lists: 3, filters: 3, heap: 2, consolidate: 2, receive: 2 }
              : { node: 30, lists: 10, filters: 10, heap: 5, consolidate: 5, receive: 5 },
          }),
      },
      {
        key: 'office',
        ids: [
          ['pdfImport', 'import of a 5-page PDF', 'ms'],
          ['docxExport', '.docx export', 'ms'],
          ['xlsxExport', '.xlsx export', 'ms'],
        ],
        run: () =>
          measureOffice({ ...ctx, root: ROOT, samplesDir: SAMPLES, reps: opt.quick ? 3 : 10 }),
      },
    ];
    const figures = [];
    for (const step of steps) {
      if (opt.only && !opt.only.includes(step.key)) continue;
      const t0 = performance.now();
      try {
        figures.push(...(await step.run()));
      } catch (error) {
        const why = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        log(`${step.key} ${why}`);
        for (const [id, name, unit] of step.ids) {
          figures.push({
            ...unavailable(id, name, unit, why),
            unavailable: `not measured (${why})`,
          });
        }
      }
      log(`${step.key} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }

    for (const f of figures) {
      const b = BUDGETS[f.id];
      if (!b) continue;
      f.budget = { text: b.text, pass: f.unavailable ? null : b.check(f) };
    }

    const seconds = (performance.now() - started) / 1000;
    const result = {
      date: new Date().toISOString(),
      seconds: Number(seconds.toFixed(1)),
      options: opt,
      repetitions: reps,
      machine: {
        cpus: availableParallelism(),
        loadAverage1m: { before: loadBefore, after: load1() },
        cpu: cpus()[0]?.model,
        node: process.version,
        chromium: browser.version(),
        chromiumPath: executablePath ?? 'bundled',
      },
      storage,
      figures,
    };
    const dir = join(BENCH, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${stamp()}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

    const table = markdown(figures);
    const { before, after } = result.machine.loadAverage1m;
    const header =
      `nianbao bench, ${result.date.slice(0, 16).replace('T', ' ')} UTC, ${result.machine.cpus} cores ` +
      `(load average ${before} → ${after}), Chromium ${result.machine.chromium}, Node ${process.version}`;
    process.stdout.write(`\n${header}\n\n${table}\n\n`);
    const failed = figures.filter((f) => f.budget?.pass === false).map((f) => f.name);
    const missing = figures.filter((f) => f.unavailable).map((f) => f.name);
    process.stdout.write(
      `budgets: ${figures.filter((f) => f.budget?.pass).length} met, ${failed.length} missed` +
        `${failed.length ? ` (${failed.join('; ')})` : ''}, ${missing.length} not measured\n` +
        `results: ${relative(ROOT, file)} (${seconds.toFixed(0)} s)\n`,
    );
    if (opt.readme) {
      const readme = join(BENCH, 'README.md');
      const text = readFileSync(readme, 'utf8');
      const block = `<!-- bench:latest:start -->\n${header}\n\n${table}\n<!-- bench:latest:end -->`;
      const next = text.replace(
        /<!-- bench:latest:start -->[\s\S]*?<!-- bench:latest:end -->/,
        block,
      );
      if (next === text && !text.includes('bench:latest:start'))
        log('README has no bench:latest markers');
      else {
        writeFileSync(readme, next);
        // Keep `npm run format:check` green: prettier aligns the table.
        await sh('npx', ['prettier', '--write', relative(ROOT, readme)]);
      }
    }
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
