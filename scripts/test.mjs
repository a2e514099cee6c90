#!/usr/bin/env node
// `npm test`: every check, in order, each run even when an earlier one failed, so the closing
// count is complete. The last line printed is `N passed, N failed, N skipped`:
//   - vitest and Playwright tests are counted from their JSON reports (reports/*.json);
//   - a failed static check (typecheck, lint, format) counts as 1 failed;
//   - a runner that fails without reporting a failed test (crash, a broken test file, no browser)
//     counts as at least 1 failed, so the line never says 0 failed when the exit code is not 0.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const VITEST_JSON = 'reports/vitest.json';
const PLAYWRIGHT_JSON = 'reports/playwright.json';
const T0 = Date.now();

const count = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function header(title) {
  const seconds = Math.round((Date.now() - T0) / 1000);
  console.log(`\n== ${title} (+${seconds}s)`);
}

function run(title, command, args, env = {}) {
  header(title);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (!ok) failedSteps.push(title);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function staticCheck(title, script) {
  if (!run(title, 'npm', ['run', '--silent', script])) count.failed += 1;
}

function countVitest(ok) {
  const v = readJson(VITEST_JSON);
  if (!v) {
    count.failed += 1;
    return;
  }
  count.passed += v.numPassedTests;
  count.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  // A test file that fails to load has no test results, only a failed file: count it as 1.
  const brokenFiles = v.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  const failed = v.numFailedTests + brokenFiles;
  count.failed += ok ? failed : Math.max(failed, 1);
}

function countPlaywright(ok) {
  const p = readJson(PLAYWRIGHT_JSON);
  const failed = p ? p.stats.unexpected : 0;
  if (p) {
    count.passed += p.stats.expected + p.stats.flaky;
    count.skipped += p.stats.skipped;
  }
  count.failed += ok ? failed : Math.max(failed, 1);
}

// Playwright wipes its outputDir (test-results/), so the JSON reports live in reports/.
mkdirSync('reports', { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

staticCheck('typecheck (tsc --noEmit)', 'typecheck');
staticCheck('lint (eslint --max-warnings=0)', 'lint');
staticCheck('format (prettier --check)', 'format:check');

const unitOk = run('unit tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
countVitest(unitOk);

const browserOk = run('browser for the e2e tests', 'node', ['scripts/ensure-browser.mjs']);
if (browserOk) {
  const e2eOk = run(
    'e2e tests (playwright)',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
    },
  );
  countPlaywright(e2eOk);
} else {
  count.failed += 1;
}

header(failedSteps.length ? `failed: ${failedSteps.join('; ')}` : 'all steps passed');
console.log(`${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
process.exitCode = failedSteps.length > 0 || count.failed > 0 ? 1 : 0;
