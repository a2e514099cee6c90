import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { serveUnderSubpath, type SubpathServer } from './subpath-server';

// Issue 13 item 7: the built folder works from any static server under a subpath, as an office
// intranet serves it (http://10.1.2.3/nianbao/). The build the other tests use is served here at
// /nianbao/ by a server like the README's nginx example (subpath-server.ts): once on 127.0.0.1,
// a secure context where the service worker keeps the app for offline use within /nianbao/; once
// as http://nianbao.test/, plain HTTP, where there is no service worker and the app says so
// once, and everything else works.

const DIST = process.env.NIANBAO_OUT_DIR ?? 'dist';
const CELL = 'requests.newReceived.natural';

let server: SubpathServer;
test.beforeAll(async () => {
  server = await serveUnderSubpath(DIST, 'nianbao');
});
test.afterAll(async () => {
  await server.close();
});

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);

/** A new report from the sample, a value typed into it, kept over a reload; its address. */
async function newReportTypedAndReloaded(page: Page, app: string): Promise<string> {
  await page.goto(`${app}?demo=sample`);
  await expect(page).toHaveURL(/\/nianbao\/\?report=[\w-]+$/);
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
  await field(page, CELL).fill('37');
  await field(page, CELL).press('Tab');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.reload();
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
  await expect(field(page, CELL)).toHaveValue('37');
  return page.url();
}

/** The report exported as JSON through the 导出 menu: it carries the typed value. */
async function exportJson(page: Page): Promise<void> {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'JSON (.json)' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    document?: { requests?: { newReceived?: { natural?: unknown } } };
    requests?: { newReceived?: { natural?: unknown } };
  };
  expect((json.document ?? json).requests?.newReceived?.natural).toBe(37);
}

test('under /nianbao/ on a secure origin: every file found, the service worker kept to it', async ({
  page,
}) => {
  const app = `${server.origin}/nianbao/`;
  const missing: string[] = [];
  page.on('response', (r) => r.status() >= 400 && missing.push(r.url()));
  await page.goto(app);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(app);
  const address = await newReportTypedAndReloaded(page, app);
  await exportJson(page);
  // Back to the list by the editor's own link, then offline: the app is kept under /nianbao/.
  await page.goto(app);
  await expect(
    page.locator(`a[href*="${new URL(address).search.slice(1)}"]`).first(),
  ).toBeVisible();
  await page.context().setOffline(true);
  await page.goto(address);
  await expect(field(page, CELL)).toHaveValue('37');
  await page.context().setOffline(false);
  expect(missing).toEqual([]);
  // 设置 has nothing to say about offline use here.
  await page.goto(app);
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByRole('group', { name: '设置' })).toBeVisible();
  await expect(page.getByRole('region', { name: '离线使用' })).toHaveCount(0);
});

/** A context that reaches the server as http://nianbao.test/ (through it, as its proxy). */
async function plainHttpContext(
  newContext: (o: object) => Promise<BrowserContext>,
): Promise<BrowserContext> {
  const context = await newContext({ proxy: { server: server.origin } });
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return context;
}

test('over plain HTTP: no service worker, said once, and the rest works', async ({ browser }) => {
  const context = await plainHttpContext((o) => browser.newContext(o));
  const violations: string[] = [];
  context.on(
    'console',
    (m) => /CSP violation|Content Security/.test(m.text()) && violations.push(m.text()),
  );
  try {
    const page = await context.newPage();
    const app = 'http://nianbao.test/nianbao/';
    await page.goto(app);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    // 设置 says it, once.
    const settings = page.getByRole('button', { name: '设置' });
    await settings.click();
    const notice = page.getByRole('region', { name: '离线使用' });
    await expect(notice).toContainText('不能把它保存下来离线使用');
    await notice.getByRole('button', { name: '知道了' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settings.click();
    await expect(page.getByRole('group', { name: '设置' })).toBeVisible();
    await expect(notice).toHaveCount(0); // said once
    await page.keyboard.press('Escape');
    await newReportTypedAndReloaded(page, app);
    await exportJson(page);
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});
