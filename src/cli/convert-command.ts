import { writeFile } from 'node:fs/promises';
import { gov2021 } from '../domain/template/gov-2021';
import { checkReport } from '../domain/rules/check-report';
import type { ReportDocument } from '../domain/report/document';
import type { Consolidation } from '../domain/consolidate/types';
import { exportJson } from '../io/json-export';
import { exportText } from '../io/text-export';
import { exportHtml } from '../io/html-export';
import { parseArgs } from './args';
import { readReportFile } from './read-report';

const USAGE =
  '用法：npm run --silent nianbao -- convert FILE --to json|text|html|docx|xlsx [-o OUT]';

type Output = string | Uint8Array;

// Word and Excel writers are loaded only for those formats (they are the largest part of the CLI).
type Exporter = (doc: ReportDocument, consolidation?: Consolidation) => Output | Promise<Output>;

// A 汇总's sources travel in its JSON file only (the other formats print the figures).
const FORMATS: Record<string, Exporter> = {
  json: (doc, consolidation) => exportJson(gov2021, doc, consolidation ? { consolidation } : {}),
  text: (doc) => exportText(gov2021, doc),
  html: (doc) => exportHtml(gov2021, doc),
  docx: async (doc) => (await import('../io/docx/docx-export')).exportDocx(gov2021, doc),
  xlsx: async (doc) =>
    (await import('../io/xlsx/xlsx-export')).exportXlsx(gov2021, doc, checkReport(gov2021, doc)),
};

/** `convert`: imports one file and writes it as JSON, text, printable HTML, .docx or .xlsx (stdout or -o). */
export async function runConvert(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['--to', '-o'], []);
  const to = args.values.get('--to') ?? '';
  const exporter = FORMATS[to];
  const [file, ...extra] = args.files;
  if (args.errors.length > 0 || file === undefined || extra.length > 0 || !exporter) {
    process.stderr.write(`${[...args.errors, USAGE].join('\n')}\n`);
    return 2;
  }
  const imported = await readReportFile(file);
  if (!imported.ok) {
    process.stderr.write(`${file} 无法读取：${imported.error}\n`);
    return 2;
  }
  for (const issue of imported.issues) process.stderr.write(`[${issue.rule}] ${issue.message}\n`);
  const output = await exporter(imported.document, imported.consolidation);
  const out = args.values.get('-o');
  if (out === undefined) process.stdout.write(output);
  else await writeFile(out, output);
  return 0;
}
