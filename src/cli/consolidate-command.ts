import { writeFile } from 'node:fs/promises';
import { gov2021 } from '../domain/template/gov-2021';
import { checkReport } from '../domain/rules/check-report';
import type { Violation } from '../domain/rules/types';
import { severityCounts } from '../domain/rules/severity-counts';
import type { ReportDocument } from '../domain/report/document';
import { consolidate, DEFAULT_CONSOLIDATED_AGENCY } from '../domain/consolidate/consolidate';
import type { Consolidation, ConsolidationInput } from '../domain/consolidate/types';
import { exportJson } from '../io/json-export';
import { parseArgs } from './args';
import { readReportFile } from './read-report';

// `consolidate` (report-format.md, "Office formats and consolidation"): sums the reports of
// several agencies of one year into the 本级政府's report. Every file is read and every refusal
// found before anything is written: on exit 2 OUT is not created (nor changed).

const USAGE =
  '用法：npm run --silent nianbao -- consolidate [--agency NAME] [--json] -o OUT FILE...';

/** A source line of the `--json` object: the file read, or why it could not be. */
type SourceLine =
  | { file: string; agency: string; year: number; errors: number; warnings: number }
  | { file: string; error: string };

type Source = {
  readonly file: string;
  readonly document: ReportDocument;
  readonly consolidation?: Consolidation;
  readonly violations: readonly Violation[];
  readonly importIssues: number;
};

const errorsOf = (violations: readonly Violation[]) => severityCounts(violations).errors;

async function readSource(file: string): Promise<Source | { file: string; error: string }> {
  const imported = await readReportFile(file);
  if (!imported.ok) return { file, error: imported.error };
  return {
    file,
    document: imported.document,
    ...(imported.consolidation ? { consolidation: imported.consolidation } : {}),
    violations: checkReport(gov2021, imported.document),
    importIssues: imported.issues.length,
  };
}

function sourceLine(s: Source | { file: string; error: string }): SourceLine {
  if ('error' in s) return s;
  const errors = errorsOf(s.violations);
  const { agency, year } = s.document.meta;
  return { file: s.file, agency, year, errors, warnings: s.violations.length - errors };
}

function toInput(s: Source): ConsolidationInput {
  const errors = errorsOf(s.violations);
  return {
    key: s.file,
    document: s.document,
    ...(s.consolidation ? { consolidation: s.consolidation } : {}),
    problems: { errors, warnings: s.violations.length - errors },
  };
}

/** Prints why nothing was written (the `--json` object, or Chinese lines on stderr); exit 2. */
function refuse(
  json: boolean,
  messages: readonly string[],
  sources: readonly SourceLine[],
): number {
  if (json) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: messages.join('\n'), sources })}\n`);
  } else {
    const lines = messages.map((m) => `  ${m}`).join('\n');
    process.stderr.write(`汇总未完成，未写入任何文件：\n${lines}\n`);
  }
  return 2;
}

type Summary = {
  readonly out: string;
  readonly document: ReportDocument;
  readonly sources: readonly Source[];
  readonly lines: readonly SourceLine[];
  readonly warnings: readonly string[];
  readonly violations: readonly Violation[];
};

/** The human summary: the sources with their problem counts, the result's errors, where it went. */
function formatSummary(s: Summary): string {
  const { agency, year } = s.document.meta;
  const errors = s.violations.filter((v) => v.severity === 'error');
  const result = severityCounts(s.violations);
  const lines = [
    `== 汇总「${agency}」${year} 年度：${s.sources.length} 份报告`,
    ...s.sources.map((src) => {
      const { errors: e, warnings: w } = severityCounts(src.violations);
      const notes = src.importIssues > 0 ? `，${src.importIssues} 条导入提示` : '';
      const counts = `${e} 个错误，${w} 个警告${notes}`;
      return `  ${src.file}：${src.document.meta.agency} — ${counts}`;
    }),
    ...s.warnings.map((w) => `  注意：${w}`),
    `  汇总结果：${result.errors} 个错误，${result.warnings} 个警告`,
    ...errors.map((v) => `    错误 [${v.rule}] ${v.message}`),
    `  已写入 ${s.out}（查看全部问题：npm run --silent nianbao -- check ${s.out}）`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The `--json` object of report-format.md. */
function jsonObject(s: Summary, ok: boolean): string {
  const { year, agency } = s.document.meta;
  const violations = s.violations.map(({ rule, severity, fields, message }) => ({
    rule,
    severity,
    fields,
    message,
  }));
  const object = { ok, year, agency, sources: s.lines, document: s.document, violations };
  return `${JSON.stringify(object)}\n`;
}

/** Writes OUT; the reason it could not be written, or null. */
async function writeOut(out: string, text: string): Promise<string | null> {
  try {
    await writeFile(out, text, 'utf8');
    return null;
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    return `无法写入 ${out}（${reason}）`;
  }
}

/** `consolidate`: sums the files into one report, writes it as JSON to OUT and prints a summary. */
export async function runConsolidate(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['--agency', '-o'], ['--json']);
  const out = args.values.get('-o');
  if (args.errors.length > 0 || out === undefined || args.files.length === 0) {
    process.stderr.write(`${[...args.errors, USAGE].join('\n')}\n`);
    return 2;
  }
  const json = args.flags.has('--json');
  const read = await Promise.all(args.files.map(readSource));
  const lines = read.map(sourceLine);
  const unreadable = read.flatMap((r) => ('error' in r ? [`${r.file} 无法读取：${r.error}`] : []));
  if (unreadable.length > 0) return refuse(json, unreadable, lines);
  const sources = read.filter((r): r is Source => !('error' in r));
  const inputs = sources.map(toInput);
  const agency = args.values.get('--agency') ?? DEFAULT_CONSOLIDATED_AGENCY;
  // Every file given is summed; sources with errors make the exit status 1, not a refusal.
  const result = consolidate(gov2021, inputs, { agency, allowErrors: inputs.map((i) => i.key) });
  if (!result.ok)
    return refuse(
      json,
      result.refusals.map((r) => r.message),
      lines,
    );
  const { document, consolidation, warnings } = result;
  const unwritten = await writeOut(out, exportJson(gov2021, document, { consolidation }));
  if (unwritten !== null) return refuse(json, [unwritten], lines);
  const violations = checkReport(gov2021, document);
  const summary: Summary = { out, document, sources, lines, warnings, violations };
  const failed = errorsOf(violations) > 0 || sources.some((s) => errorsOf(s.violations) > 0);
  process.stdout.write(json ? jsonObject(summary, !failed) : formatSummary(summary));
  return failed ? 1 : 0;
}
