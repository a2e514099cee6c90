import type { ReportDocument } from '../domain/report/document';
import type { Severity } from '../domain/rules/types';
import { severityCounts } from '../domain/rules/severity-counts';

/** What `check` reports for one file (also the shape of its `--json` line). */
export type CheckResult = {
  readonly file: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly document?: ReportDocument;
  readonly importWarnings?: readonly {
    readonly rule: string;
    readonly fields: readonly string[];
    readonly printed?: number | null;
    readonly computed?: number;
    readonly message: string;
  }[];
  readonly violations?: readonly {
    readonly rule: string;
    readonly severity: Severity;
    readonly fields: readonly string[];
    readonly message: string;
  }[];
};

const SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告' };

/** The human-readable block `check` prints for one file. */
export function formatCheckResult(r: CheckResult): string {
  if (r.error !== undefined) return `== ${r.file}\n  无法读取：${r.error}\n\n`;
  const meta = r.document?.meta;
  const lines = [
    `== ${r.file}${meta ? `：${meta.agency || '（未署机关）'} ${meta.year} 年度` : ''}`,
  ];
  const warnings = r.importWarnings ?? [];
  if (warnings.length > 0) {
    lines.push('  导入提示：', ...warnings.map((w) => `    [${w.rule}] ${w.message}`));
  }
  const violations = r.violations ?? [];
  if (violations.length > 0) {
    lines.push(
      '  问题：',
      ...violations.map((v) => `    ${SEVERITY[v.severity]} [${v.rule}] ${v.message}`),
    );
  }
  const { errors, warnings: flagged } = severityCounts(violations);
  lines.push(`  结果：${errors} 个错误，${flagged} 个警告，${warnings.length} 条导入提示`);
  return `${lines.join('\n')}\n\n`;
}
