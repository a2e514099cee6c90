import { gov2021 } from '../domain/template/gov-2021';
import type { ReportDocument } from '../domain/report/document';
import { checkReport } from '../domain/rules/check-report';
import { parseArgs } from './args';
import { readReportFile } from './read-report';
import { formatCheckResult, type CheckResult } from './format-check';

const USAGE =
  '用法：npm run --silent nianbao -- check [--previous LAST_YEAR_FILE] [--json] FILE...';

async function checkFile(file: string, previous: ReportDocument | undefined): Promise<CheckResult> {
  const imported = await readReportFile(file);
  if (!imported.ok) return { file, ok: false, error: imported.error };
  const violations = checkReport(gov2021, imported.document, previous ? { previous } : {});
  return {
    file,
    ok: !violations.some((v) => v.severity === 'error'),
    document: imported.document,
    importWarnings: imported.issues.map(({ rule, fields, printed, computed, message }) => ({
      rule,
      fields,
      ...(printed === undefined ? {} : { printed }),
      ...(computed === undefined ? {} : { computed }),
      message,
    })),
    violations: violations.map(({ rule, severity, fields, message }) => ({
      rule,
      severity,
      fields,
      message,
    })),
  };
}

/** Exit status of `check`: 2 when a file is not a report, 1 when one has an error, else 0. */
export function checkExitCode(results: readonly CheckResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  return results.some((r) => !r.ok) ? 1 : 0;
}

/** `check`: imports each file, runs every rule and prints the problems (text or one JSON line a file). */
export async function runCheck(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['--previous'], ['--json']);
  if (args.errors.length > 0 || args.files.length === 0) {
    process.stderr.write(`${[...args.errors, USAGE].join('\n')}\n`);
    return 2;
  }
  let previous: ReportDocument | undefined;
  const previousFile = args.values.get('--previous');
  if (previousFile !== undefined) {
    const imported = await readReportFile(previousFile);
    if (!imported.ok) {
      process.stderr.write(`上年报告 ${previousFile} 无法读取：${imported.error}\n`);
      return 2;
    }
    previous = imported.document;
  }
  const results: CheckResult[] = [];
  for (const file of args.files) results.push(await checkFile(file, previous));
  const json = args.flags.has('--json');
  for (const r of results) {
    process.stdout.write(json ? `${JSON.stringify(r)}\n` : formatCheckResult(r));
  }
  return checkExitCode(results);
}
