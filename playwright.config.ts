import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser selection (scripts/ensure-browser.mjs makes sure one of them exists):
 *  - PW_CHROMIUM_PATH (if set) or Debian's /usr/bin/chromium (if present) is used
 *    with the flags needed for root + headless + no network.
 *  - Otherwise (a normal dev machine), or with PW_BUNDLED=1, Playwright's own
 *    Chromium is used (`npx playwright install chromium` once there).
 */
const systemChromium =
  process.env.PW_BUNDLED === '1'
    ? undefined
    : [process.env.PW_CHROMIUM_PATH, '/usr/bin/chromium'].find(
        (p): p is string => !!p && existsSync(p),
      );

const systemLaunch = systemChromium
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox', // we run as root; the setuid/namespace sandbox refuses to start
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking', // no network here: stop update/variations/etc. fetches
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-extensions',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
        '--metrics-recording-only',
        '--password-store=basic',
        '--use-mock-keychain',
      ],
    }
  : {};

const PORT = Number(process.env.PW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = !!process.env.CI;

export default defineConfig({
  testDir: './e2e',
  // PW_OUTPUT_DIR keeps parallel runs (each on its own PW_PORT) from wiping each other's output.
  outputDir: process.env.PW_OUTPUT_DIR ?? './test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: CI ? 1 : 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions: systemLaunch },
    },
  ],
  webServer: {
    // Build once, then serve the production bundle. `reuseExistingServer` keeps local
    // iteration fast; CI always starts its own.
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
