import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, viewVersion } from './fixtures';

// Issue 13 item 2: the editor's one sticky toolbar (返回, title, status, save state, 撤销/重做,
// problem count, the review actions the role allows, 导出, 历史版本, 审核包, 审核) and the review
// panels in a drawer at the right that takes no room while closed; one drawer at a time.

const button = (page: Page | Locator, name: string) =>
  page.getByRole('button', { name, exact: true });
const toolbar = (page: Page) => page.locator('.editor-toolbar');
const reviewDrawer = (page: Page) => page.getByRole('complementary', { name: '审核' });

/** Opens a new draft copied from the sample, at 1280×800, and waits for the editor. */
async function openSample(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?demo=sample');
  await expect(page).toHaveURL(/\?report=/);
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
}

async function setIdentity(page: Page, name: string, role: '填报人' | '审核人'): Promise<void> {
  const form = page.getByRole('form', { name: '我的身份' });
  await form.getByLabel('姓名').fill(name);
  await form.getByRole('radio', { name: role }).check();
  await form.getByRole('button', { name: '保存身份' }).click();
  await expect(page.locator('.review-identity')).toContainText(`${name}（${role}）`);
}

test('the toolbar stays at the top and the report starts within the first screen', async ({
  page,
}, testInfo) => {
  await openSample(page);
  const meta = page.getByRole('heading', { name: '报告信息', level: 2 });
  const metaTop = (await meta.boundingBox())?.y ?? Infinity;
  expect(metaTop).toBeLessThan(800);
  // The report's first fields are on the first screen too, not only its heading.
  await expect(page.locator('[name="meta.agency"]')).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('editor-drawer-closed.png') });

  // Everything the toolbar holds, in one place.
  const bar = toolbar(page);
  await expect(bar.getByRole('link', { name: '返回报告列表' })).toHaveAttribute('href', './');
  await expect(bar.getByRole('heading', { level: 1 })).toContainText('平湖市科技局');
  await expect(bar.locator('.status-badge')).toHaveText('状态：草稿');
  await expect(bar.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  for (const name of ['撤销', '重做', '导出', '历史版本', '审核包', '审核']) {
    await expect(button(bar, name)).toBeVisible();
  }
  const rows = await bar.boundingBox();
  expect(rows?.height ?? Infinity).toBeLessThanOrEqual(100); // two rows at most

  // Scrolled down to 表四, the toolbar is still at the top of the window.
  await page.getByRole('link', { name: /四、政府信息公开行政复议/ }).click();
  await expect(page.getByRole('heading', { name: /四、政府信息公开行政复议/ })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const stuck = await bar.boundingBox();
  expect(stuck?.y).toBe(0);
  await expect(button(bar, '审核')).toBeInViewport();
});

test('the problem count takes the focus to the problem list', async ({ page }) => {
  await openSample(page);
  await toolbar(page)
    .getByRole('button', { name: /\d+ 个错误，\d+ 个提示/ })
    .click();
  await expect(page.getByRole('heading', { name: /问题清单/ })).toBeFocused();
});

test('审核 opens the drawer, which makes room for itself; Esc closes it and focus returns', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000); // axe over ~700 fields
  await openSample(page);
  await expect(reviewDrawer(page)).toHaveCount(0);
  const review = button(page, '审核');
  await review.focus();
  await page.keyboard.press('Enter');
  const drawer = reviewDrawer(page);
  await expect(drawer).toBeVisible();
  await expect(review).toHaveAttribute('aria-expanded', 'true');
  await expect(drawer.getByRole('heading', { name: '审核', level: 2 })).toBeFocused();
  // No identity yet: the form is at the drawer's top; the three parts follow.
  await expect(drawer.getByRole('form', { name: '我的身份' })).toBeVisible();
  for (const part of [/未解决的意见/, '自上次提交以来的修改', '操作记录']) {
    await expect(drawer.getByRole('heading', { name: part, level: 3 })).toBeVisible();
  }
  // The drawer hides nothing of the report: the page made room for it.
  const box = await drawer.boundingBox();
  const main = await page.locator('.editor-main').boundingBox();
  if (!box || !main) throw new Error('no layout');
  expect(main.x + main.width).toBeLessThanOrEqual(box.x + 1);
  await expect(review).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath('editor-drawer-open.png') });

  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  await drawer.getByLabel('姓名').focus();
  await page.keyboard.press('Escape');
  await expect(reviewDrawer(page)).toHaveCount(0);
  await expect(review).toBeFocused();
  await expect(review).toHaveAttribute('aria-expanded', 'false');
  // Closed, it takes no room.
  const wide = await page.locator('.editor-main').boundingBox();
  expect((wide?.x ?? 0) + (wide?.width ?? 0)).toBeGreaterThan(box.x + 100);
});

test('review actions by role, by keyboard only: 填写身份, then 提交审核 in the toolbar', async ({
  page,
}) => {
  await openSample(page);
  const bar = toolbar(page);
  // Without an identity the toolbar offers to give one, which opens the drawer at its form.
  await button(bar, '填写身份').focus();
  await page.keyboard.press('Enter');
  const drawer = reviewDrawer(page);
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Tab'); // from the drawer's heading into its first control
  await page.keyboard.type('王小明');
  await setIdentity(page, '王小明', '填报人');
  await expect(button(bar, '提交审核')).toBeVisible();
  await expect(bar.locator('[data-action="approve"]')).toHaveCount(0);

  // The 审核人 of the same machine sees no 提交审核, and the report is read-only for them.
  await drawer.getByRole('button', { name: /更改/ }).click();
  await setIdentity(page, '李主任', '审核人');
  await expect(button(bar, '提交审核')).toHaveCount(0);
  await expect(page.locator('[name="proactive.licensing"]')).toBeDisabled();

  // Back as 填报人: 提交审核 by keyboard; the sample has an error, so it is refused with the
  // problems listed under the toolbar.
  await drawer.getByRole('button', { name: /更改/ }).click();
  await setIdentity(page, '王小明', '填报人');
  await button(bar, '提交审核').focus();
  await page.keyboard.press('Enter');
  const outcome = page.locator('.workflow-outcome');
  await expect(outcome).toBeVisible();
  await expect(bar.locator('.status-badge')).toHaveText(/状态：(草稿|待审核)/);
});

test('the 审核包 menu holds 导出审核包 and 导入审核包', async ({ page }) => {
  await openSample(page);
  const menu = button(page, '审核包');
  await menu.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('group', { name: '审核包' });
  await expect(panel.getByRole('button', { name: '导出审核包' })).toBeVisible();
  await expect(panel.getByLabel('导入审核包')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(menu).toBeFocused();
});

test('历史版本 opens in a wide drawer, and opening 审核 closes it', async ({ page }, testInfo) => {
  await openSample(page);
  const field = page.locator('[name="proactive.licensing"]');
  await field.fill('77');
  await field.press('Enter');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await button(page, '历史版本').click();
  const history = page.getByRole('complementary', { name: '历史版本' });
  await viewVersion(history, '本次编辑前的版本');
  await page.screenshot({ path: testInfo.outputPath('editor-history.png') });
  // It lies over the report under the toolbar, which stays whole (its 审核 still at hand).
  const drawerBox = await history.boundingBox();
  const barBox = await toolbar(page).boundingBox();
  expect(drawerBox?.y).toBeGreaterThanOrEqual((barBox?.y ?? 0) + (barBox?.height ?? 0) - 1);
  await expect(button(page, '审核')).toBeInViewport({ ratio: 1 });

  await button(page, '审核').click();
  await expect(reviewDrawer(page)).toBeVisible();
  await expect(history).toHaveCount(0);
  await expect(page.locator('aside.ui-drawer')).toHaveCount(1);
});
