// The consolidation function on a year's reports, in Node (`npx tsx bench/measure/workspace-node.ts
// DIR REPS WARMUP PER_YEAR`): `consolidate` (src/domain/consolidate) over the bench office's
// reports of 2024 (workspace-fixture.ts), called as runConsolidation (src/app/consolidate-report.ts)
// calls it: each source is the stored record's document as the store hands it out (checked by
// restoreStoredDocument), its key the record's id and its stored problem counts passed in, no
// content key (consolidate computes it), every source with errors allowed.
// Prints one JSON object on stdout: { figures: { consolidateNode: number[] }, info }.
import { performance } from 'node:perf_hooks';
import { gov2021 } from '../../src/domain/template/gov-2021';
import { consolidate } from '../../src/domain/consolidate/consolidate';
import type { ConsolidationInput } from '../../src/domain/consolidate/types';
import { restoreStoredDocument } from '../../src/storage/restore-document';
import { officeRecords } from './workspace-fixture';

const [dir = '/work/shared/samples/published', repsArg = '30', warmArg = '5', perArg = '500'] =
  process.argv.slice(2);
const YEAR = 2024;

const inputs: ConsolidationInput[] = officeRecords(dir, YEAR, Number(perArg))
  .filter((r) => r.document.meta.year === YEAR)
  .map((r) => {
    const doc = restoreStoredDocument(gov2021, r.document);
    if (!doc.ok) throw new Error(`${r.id}: ${doc.error}`);
    return { key: r.id, document: doc.document, ...(r.problems ? { problems: r.problems } : {}) };
  });
const allowErrors = inputs.filter((i) => (i.problems?.errors ?? 1) > 0).map((i) => i.key);
const options = { agency: '基准市人民政府', year: YEAR, allowErrors };

let sources = 0;
const run = () => {
  const result = consolidate(gov2021, inputs, options);
  if (!result.ok) throw new Error(result.refusals.map((r) => r.message).join('; '));
  sources = result.consolidation.sources.length;
};
for (let i = 0; i < Number(warmArg); i++) run();
const samples: number[] = [];
for (let i = 0; i < Number(repsArg); i++) {
  const t0 = performance.now();
  run();
  samples.push(performance.now() - t0);
}

process.stdout.write(
  JSON.stringify({
    figures: { consolidateNode: samples },
    info: { sources, withErrors: allowErrors.length, node: process.version },
  }),
);
