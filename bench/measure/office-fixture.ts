// Prints the printable HTML of the 2021 sample and of every published sample as JSON
// (`npx tsx bench/measure/office-fixture.ts DIR`): the bench prints them to PDF in Chromium and
// imports the one whose print is closest to five pages, the PDF a department would send.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gov2021 } from '../../src/domain/template/gov-2021';
import { sample2021 } from '../../src/domain/samples/sample-2021';
import { exportHtml } from '../../src/io/html-export';
import { importReport } from '../../src/io/import-report';

const [dir = '/work/shared/samples/published'] = process.argv.slice(2);
const ANNOTATION = /^#\s*(source|note):.*\n?/gim;
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const imported = importReport(
      gov2021,
      readFileSync(join(dir, f), 'utf8').replace(ANNOTATION, ''),
    );
    if (!imported.ok) throw new Error(`${f} does not import: ${imported.error}`);
    return { file: f, html: exportHtml(gov2021, imported.document) };
  });
reports.push({ file: '2021 sample', html: exportHtml(gov2021, sample2021) });
process.stdout.write(JSON.stringify(reports));
