// Prints the printable HTML of the largest published sample (`npx tsx bench/measure/office-fixture.ts DIR`):
// the bench prints its first five pages to PDF in Chromium, the PDF a department would send.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gov2021 } from '../../src/domain/template/gov-2021';
import { exportHtml } from '../../src/io/html-export';
import { importReport } from '../../src/io/import-report';

const [dir = '/work/shared/samples/published'] = process.argv.slice(2);
const largest = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0];
if (largest === undefined) throw new Error(`no published samples (*.txt) in ${dir}`);
const imported = importReport(gov2021, readFileSync(largest, 'utf8').replace(/^#.*\n/gm, ''));
if (!imported.ok) throw new Error(`${largest} does not import: ${imported.error}`);
process.stdout.write(
  JSON.stringify({ file: largest, html: exportHtml(gov2021, imported.document) }),
);
