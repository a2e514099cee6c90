import type { Severity } from './types';

/** How many of the problems found are errors and how many warnings. */
export type SeverityCounts = { readonly errors: number; readonly warnings: number };

/** Counts `violations` by severity (the 「N 个错误，M 个提示」 of every screen and the CLI). */
export function severityCounts(
  violations: readonly { readonly severity: Severity }[],
): SeverityCounts {
  let errors = 0;
  for (const v of violations) if (v.severity === 'error') errors += 1;
  return { errors, warnings: violations.length - errors };
}
