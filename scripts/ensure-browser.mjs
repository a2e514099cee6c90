#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive, then prints one line naming it.
//
// Order of preference (playwright.config.ts picks the same one):
//   1. PW_CHROMIUM_PATH, if set and the file exists;
//   2. Debian's /usr/bin/chromium;
//   3. Playwright's own downloaded Chromium (`npx playwright install chromium`).
// When none exists: as root on Debian, apt-get installs chromium + fonts-noto-cjk (Playwright
// cannot download its browser on machines without general network access); otherwise we try
// Playwright's own download; otherwise we stop with a message saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];

function say(message) {
  console.log(`[ensure-browser] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function systemChromium() {
  if (process.env.PW_BUNDLED === '1') return undefined;
  return [process.env.PW_CHROMIUM_PATH, SYSTEM_CHROMIUM].find((p) => !!p && existsSync(p));
}

async function bundledChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isRootOnDebian() {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

function aptInstall(packages) {
  say(`installing Debian packages with apt-get (we are root): ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    run('apt-get', ['update', '-qq'], { env }) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env })
  );
}

function describe(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const version = r.status === 0 ? r.stdout.trim() : 'version unknown';
  return `${path} (${version})`;
}

async function findOrInstall() {
  const system = systemChromium();
  if (system) return { path: system, kind: 'system' };
  const bundled = await bundledChromium();
  if (bundled) return { path: bundled, kind: 'Playwright' };

  if (process.env.PW_BUNDLED !== '1' && isRootOnDebian()) {
    if (aptInstall(APT_PACKAGES) && existsSync(SYSTEM_CHROMIUM)) {
      return { path: SYSTEM_CHROMIUM, kind: 'system' };
    }
    say('apt-get could not install chromium; trying Playwright’s own download instead');
  }
  say('no Chromium found; running `npx playwright install chromium` (Playwright’s own download)');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const downloaded = await bundledChromium();
    if (downloaded) return { path: downloaded, kind: 'Playwright' };
  }
  return undefined;
}

const browser = await findOrInstall();
if (!browser) {
  console.error(
    '[ensure-browser] No Chromium for the end-to-end tests. Do one of:\n' +
      '  - Debian/Ubuntu (as root): apt-get install chromium fonts-noto-cjk\n' +
      '  - anywhere with network access: npx playwright install chromium\n' +
      '  - or set PW_CHROMIUM_PATH=/path/to/chromium',
  );
  process.exit(1);
}
// A browser without a CJK font draws every hanzi as the same box; the e2e CJK guard would fail.
if (browser.kind === 'system' && !hasCjkFont() && isRootOnDebian()) {
  aptInstall(['fonts-noto-cjk']);
}
say(`using ${browser.kind} Chromium: ${describe(browser.path)}`);
