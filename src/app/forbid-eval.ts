// The built page's Content-Security-Policy forbids eval (scripts/content-security-policy.ts).
// zod, whose schemas come with some screens (imports, 审核包), would compile its parsers with
// `new Function` where it can, and its first try is reported as a violation even though it
// catches the refusal. It reads its settings from this global (zod/v4/core/core.js), so the
// entry sets them before zod is loaded, without loading it: its parsers then interpret, with
// the same results.

/** Tells libraries loaded later that this page allows no eval. */
export function forbidEval(): void {
  const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };
}
