// Node-side figures: text, JSON and printable-HTML export of a full report (the largest published
// sample, imported), import of the largest published sample, and `check` on all published
// samples — in process (bench/measure/io-node.ts under tsx, performance.now() around each call,
// warm-up first) and as the command a user runs (`npm run --silent nianbao -- check FILE...`,
// wall time of the whole process, tsx start-up included).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { figure, log, runProcess } from '../lib.mjs';

const run = runProcess;

export async function measureIo({ root, samplesDir, reps = 50, warmup = 10, cliReps = 5 }) {
  log('io: exports, import, check (node)');
  const r = await run(
    'npx',
    ['tsx', 'bench/measure/io-node.ts', samplesDir, String(reps), String(warmup)],
    { cwd: root },
  );
  if (r.code !== 0) throw new Error(`io-node.ts failed (${r.code}): ${r.err.slice(-2000)}`);
  const { figures: f, info } = JSON.parse(r.out);
  const base = (p) => p.split('/').at(-1);

  log('io: check CLI');
  const files = readdirSync(samplesDir)
    .filter((x) => x.endsWith('.txt'))
    .map((x) => join(samplesDir, x));
  const cli = [];
  let exit = null;
  for (let i = 0; i < cliReps + 1; i++) {
    const t0 = performance.now();
    const c = await run('npm', ['run', '--silent', 'nianbao', '--', 'check', ...files], {
      cwd: root,
    });
    const t = performance.now() - t0;
    if (c.code === 2) throw new Error(`check refused a sample: ${c.err.slice(-1000)}`);
    exit = c.code;
    if (i > 0) cli.push(t); // the first run warms the OS file cache
  }
  const sizeNote = (k) => `${info.sizes[k].toLocaleString('en')} chars, ${base(info.fullReport)}`;
  return [
    figure({
      id: 'exportText',
      name: 'text export (full report)',
      unit: 'ms',
      app: f.exportText,
      note: sizeNote('text'),
    }),
    figure({
      id: 'exportJson',
      name: 'JSON export (full report)',
      unit: 'ms',
      app: f.exportJson,
      note: sizeNote('json'),
    }),
    figure({
      id: 'exportHtml',
      name: 'printable HTML export (full report)',
      unit: 'ms',
      app: f.exportHtml,
      note: sizeNote('html'),
    }),
    figure({
      id: 'importLargest',
      name: 'import largest published sample',
      unit: 'ms',
      app: f.importLargest,
      note: `${base(info.largestSample)}, ${info.largestChars} chars`,
    }),
    figure({
      id: 'checkInProcess',
      name: `import + check all ${info.samples} published samples (in process)`,
      unit: 'ms',
      app: f.checkAllInProcess,
    }),
    figure({
      id: 'checkCli',
      name: `\`nianbao check\` on all ${info.samples} published samples (CLI)`,
      unit: 'ms',
      app: cli,
      note: `wall time incl. npm + tsx start-up; exit code ${exit}; Node ${process.version}`,
    }),
  ];
}
