// Node-side timings, run by the bench in a child process (`npx tsx bench/measure/io-node.ts DIR REPS`):
// text, JSON and printable-HTML export of a full report, import of the largest published sample,
// and import + every rule over all published samples (what `check` does per file, in process).
// Prints one JSON object on stdout: { figures: { id: { samples[] } }, info }.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gov2021 } from '../../src/domain/template/gov-2021';
import { checkReport } from '../../src/domain/rules/check-report';
import { exportText } from '../../src/io/text-export';
import { exportJson } from '../../src/io/json-export';
import { exportHtml } from '../../src/io/html-export';
import { importReport } from '../../src/io/import-report';

const [dir = '/work/shared/samples/published', repsArg = '50', warmArg = '10'] =
  process.argv.slice(2);
const reps = Number(repsArg);
const warmup = Number(warmArg);

const ANNOTATION = /^#\s*(source|note):.*\n?/gim;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(dir, f));
const texts = files.map((f) => readFileSync(f, 'utf8').replace(ANNOTATION, ''));
const largestIndex = files
  .map((f, i) => ({ i, size: statSync(f).size }))
  .sort((a, b) => b.size - a.size)[0]?.i;
if (largestIndex === undefined) throw new Error(`no published samples (*.txt) in ${dir}`);
const largestText = texts[largestIndex] ?? '';

const imported = importReport(gov2021, largestText);
if (!imported.ok) throw new Error(`largest sample does not import: ${imported.error}`);
const full = imported.document;

let sink = 0; // keeps results alive so nothing is optimised away
function time(fn: () => unknown): number[] {
  for (let i = 0; i < warmup; i++) sink += String(fn()).length;
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = fn();
    out.push(performance.now() - t0);
    sink += typeof r === 'string' ? r.length : 1;
  }
  return out;
}

const figures = {
  exportText: time(() => exportText(gov2021, full)),
  exportJson: time(() => exportJson(gov2021, full)),
  exportHtml: time(() => exportHtml(gov2021, full)),
  importLargest: time(() => importReport(gov2021, largestText)),
  checkAllInProcess: time(() => {
    let n = 0;
    for (const text of texts) {
      const r = importReport(gov2021, text);
      if (r.ok) n += checkReport(gov2021, r.document, {}).length;
    }
    return n;
  }),
};

process.stdout.write(
  JSON.stringify({
    figures,
    info: {
      fullReport: files[largestIndex],
      largestSample: files[largestIndex],
      largestChars: largestText.length,
      samples: files.length,
      sizes: {
        text: exportText(gov2021, full).length,
        json: exportJson(gov2021, full).length,
        html: exportHtml(gov2021, full).length,
      },
      sink,
    },
  }),
);
