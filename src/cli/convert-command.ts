import { writeFile } from 'node:fs/promises';
import { gov2021 } from '../domain/template/gov-2021';
import type { ReportDocument } from '../domain/report/document';
import { exportJson } from '../io/json-export';
import { exportText } from '../io/text-export';
import { exportHtml } from '../io/html-export';
import { parseArgs } from './args';
import { readReportFile } from './read-report';

const USAGE = '用法：npm run --silent nianbao -- convert FILE --to json|text|html [-o OUT]';
const FORMATS: Record<string, (doc: ReportDocument) => string> = {
  json: (doc) => exportJson(gov2021, doc),
  text: (doc) => exportText(gov2021, doc),
  html: (doc) => exportHtml(gov2021, doc),
};

/** `convert`: imports one file and writes it as JSON, text or printable HTML (stdout or -o). */
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
  const output = exporter(imported.document);
  const out = args.values.get('-o');
  if (out === undefined) process.stdout.write(output);
  else await writeFile(out, output, 'utf8');
  return 0;
}
