import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { gov2021, sample2021, setAtPath, type ReportDocument } from '../src/domain';
import { exportText } from '../src/io/text-export';
import { importReport } from '../src/io/import-report';

// Issue 5: the 导出 menu of the editor. Files are checked against the pure exporters and imported
// back with the same importer the app uses; the print preview and the clipboard in the page.

const FILE = '平湖市科技局-2021-政府信息公开工作年度报告';
const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(2)</script>';

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const menuButton = (page: Page) => page.getByRole('button', { name: '导出', exact: true });

async function openSample(page: Page): Promise<void> {
  await page.goto('/?demo=sample');
  await expect(field(page, 'requests.newReceived.natural')).toBeVisible();
}

async function choose(page: Page, item: string): Promise<void> {
  await menuButton(page).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function download(page: Page, item: string): Promise<{ name: string; content: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), choose(page, item)]);
  return { name: file.suggestedFilename(), content: await read(file) };
}

async function read(file: Download): Promise<string> {
  return readFileSync(await file.path(), 'utf8');
}

/** Serious or critical accessibility problems on the page (axe-core). */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(INCLUDE).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target.join(' ')}`);
}
const INCLUDE = '.export-menu';

function imported(content: string): ReportDocument {
  const r = importReport(gov2021, content);
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

test.describe('export menu', () => {
  test('exports 文本 as the text of the report on screen, which imports back', async ({ page }) => {
    await openSample(page);
    const { name, content } = await download(page, '文本 (.txt)');
    expect(name).toBe(`${FILE}.txt`);
    expect(content).toBe(exportText(gov2021, sample2021));
    expect(imported(content)).toEqual(sample2021);
  });

  test('exports JSON with status, totals, checks and version, which imports back', async ({
    page,
  }) => {
    await openSample(page);
    const { name, content } = await download(page, 'JSON (.json)');
    expect(name).toBe(`${FILE}.json`);
    const json = JSON.parse(content) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'gov-info-disclosure-annual-report', status: 'draft' });
    expect(json.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(Array.isArray(json.checks)).toBe(true);
    expect(json.computedTotals).toMatchObject({ 'requests.newReceived.total': 0 });
    expect(imported(content)).toEqual(sample2021);
  });

  test('exports 打印版 as one script-free page with the 草稿 mark, which imports back', async ({
    page,
  }) => {
    await openSample(page);
    const { name, content } = await download(page, '打印版 (.html)');
    expect(name).toBe(`${FILE}.html`);
    expect(content).toMatch(/^<!doctype html>/);
    expect(content).not.toMatch(/<script|<link|\bsrc=/i);
    expect(content).toContain('<style>');
    expect(content).toContain('class="draft-mark"');
    expect(content).toContain('填报人：');
    expect(imported(content)).toEqual(sample2021);
  });

  test('exports the edits on screen', async ({ page }) => {
    await openSample(page);
    await field(page, 'requests.newReceived.natural').fill('5');
    await field(page, 'requests.newReceived.natural').press('Enter');
    await field(page, 'overview.proactive').fill('全年公开信息 5 条。');
    const expected = setAtPath(
      setAtPath(sample2021, 'requests.newReceived.natural', 5),
      'overview.proactive',
      '全年公开信息 5 条。',
    );
    const { content } = await download(page, '文本 (.txt)');
    expect(content).toBe(exportText(gov2021, expected));
    expect(imported((await download(page, 'JSON (.json)')).content)).toEqual(expected);
  });

  test('is keyboard usable: arrows move, Esc closes and returns focus', async ({ page }) => {
    await openSample(page);
    await menuButton(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: '文本 (.txt)' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'JSON (.json)' })).toBeFocused();
    expect(await axeProblems(page)).toEqual([]);
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: '打印预览' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: '文本 (.txt)' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      })(),
    ]);
    expect(file.suggestedFilename()).toBe(`${FILE}.json`);
  });
});

test.describe('print preview', () => {
  test('shows the printable copy in a sandboxed frame; 签字栏 can be turned off; 打印 prints it', async ({
    page,
  }) => {
    await openSample(page);
    await choose(page, '打印预览');
    const dialog = page.getByRole('dialog', { name: '打印预览' });
    await expect(dialog).toBeVisible();
    const frameEl = dialog.locator('iframe');
    await expect(frameEl).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
    const frame = page.frameLocator('.print-preview iframe');
    await expect(frame.locator('h1')).toContainText('平湖市科技局2021年度');
    await expect(frame.locator('.draft-mark')).toHaveText('草稿');
    await expect(frame.locator('.sign-lines')).toContainText('填报人');
    // (No axe run here: axe injects itself into every frame and waits forever on one that may
    // not run scripts.)
    await dialog.getByRole('checkbox', { name: /签字栏/ }).uncheck();
    await expect(frame.locator('.sign-lines')).toHaveCount(0);
    await expect(frame.locator('.signature .org')).toHaveText('平湖市科技局');

    // The 打印 button prints the frame, not the app (print() itself is stubbed in the test).
    await frameEl.evaluate((el: HTMLIFrameElement) => {
      const win = el.contentWindow as (Window & { printed?: number }) | null;
      if (win) win.print = () => void (win.printed = (win.printed ?? 0) + 1);
    });
    await dialog.getByRole('button', { name: '打印', exact: true }).click();
    const printed = await frameEl.evaluate(
      (el: HTMLIFrameElement) => (el.contentWindow as Window & { printed?: number }).printed,
    );
    expect(printed).toBe(1);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
  });

  test('prints report text as characters: no element is created from a narrative', async ({
    page,
  }) => {
    const alerts: string[] = [];
    page.on('dialog', (d) => void (alerts.push(d.message()), d.dismiss()));
    await openSample(page);
    await field(page, 'overview.proactive').fill(HOSTILE);
    await field(page, 'meta.agency').fill('平湖市科技局<b>');
    await field(page, 'meta.agency').press('Tab');
    await choose(page, '打印预览');
    const frame = page.frameLocator('.print-preview iframe');
    await expect(frame.locator('[data-section="overview"]')).toContainText(HOSTILE);
    await expect(frame.locator('h1')).toContainText('平湖市科技局<b>2021年度');
    await expect(frame.locator('img, script, b')).toHaveCount(0);
    await page.getByRole('button', { name: '关闭' }).click();

    const { content } = await download(page, '打印版 (.html)');
    expect(content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(content).not.toMatch(/<img|<script/i);
    expect(alerts).toEqual([]);
  });
});

test.describe('clipboard', () => {
  test('copies the text layout and HTML tables at once, escaped, without signature lines', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSample(page);
    await field(page, 'overview.proactive').fill(HOSTILE);
    await field(page, 'overview.proactive').press('Tab');
    await choose(page, '复制到剪贴板');
    await expect(page.getByRole('status').filter({ hasText: '已复制到剪贴板' })).toBeVisible();
    const { text, html } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) throw new Error('clipboard is empty');
      const type = (t: string) => item.getType(t).then((b) => b.text());
      return { text: await type('text/plain'), html: await type('text/html') };
    });
    const doc = setAtPath(sample2021, 'overview.proactive', HOSTILE);
    expect(text).toBe(exportText(gov2021, doc));
    expect(html).toContain('<table');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script|<style|填报人|draft-mark/i);
    expect(imported(html)).toEqual(doc);
  });
});
