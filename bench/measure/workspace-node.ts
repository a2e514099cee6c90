// The consolidation function on a year's reports, in Node (`npx tsx bench/measure/workspace-node.ts
// DIR REPS WARMUP PER_YEAR`): `consolidate` (src/domain/consolidate) over the bench office's
// reports of 2024 (workspace-fixture.ts), called as runConsolidation (src/app/consolidate-report.ts)
// calls it: each source is the stored record as the store loads it (checkStoredRecord of its
// row), keyed by its id, with its stored problem counts and the content key the store lists;
// every source with errors allowed.
// Prints one JSON object on stdout: { figures: { consolidateNode: number[] }, info }.
import { performance } from 'node:perf_hooks';
import { gov2021 } from '../../src/domain/template/gov-2021';
import { consolidate } from '../../src/domain/consolidate/consolidate';
import type { ConsolidationInput } from '../../src/domain/consolidate/types';
import { checkStoredRecord, toRow } from '../../src/storage/store-records';
import { officeRecords } from './workspace-fixture';

const [dir = '/work/shared/samples/published', repsArg = '30', warmArg = '5', perArg = '500'] =
  process.argv.slice(2);
const YEAR = 2024;

const inputs: ConsolidationInput[] = officeRecords(dir, YEAR, Number(perArg))
  .filter((r) => r.document.meta.year === YEAR)
  .map((r) => {
    const loaded = checkStoredRecord(gov2021, structuredClone(toRow(gov2021, r)));
    if (!loaded.ok) throw new Error(`${r.id}: ${loaded.error}`);
    const { record, contentKey } = loaded;
    const problems = record.problems ? { problems: record.problems } : {};
    return { key: record.id, document: record.document, contentKey, ...problems };
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
