import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { published } from '../src/io/testing/samples';
import { test, expect } from './fixtures';

// Issue 13 item 1 (and the forms of item 4): the start screen's top bar (新建, 导入, 汇总工作台,
// 设置), the reports list as its body with the empty state's three ways, the 新建 and 导入
// dialogs (keyboard only too), validation at the field, 设置 (identity, backup, restore), the
// list following another tab, and axe on each of them. Screenshots at 1280×800 go to the
// test's output folder.

const HONGZE_2024 = '2024_huaian_hongzequ_renminzhengfu.txt';
const HONGZE = '淮安市洪泽区人民政府';

const topBar = (page: Page) => page.getByRole('navigation', { name: '报告操作' });
const newButton = (page: Page) => topBar(page).getByRole('button', { name: '新建', exact: true });
const newDialog = (page: Page) => page.getByRole('dialog', { name: '新建报告' });
const importDialog = (page: Page) => page.getByRole('dialog', { name: '导入年度报告' });
const rows = (page: Page) => page.locator('.drafts-table tbody tr');
/** The editor's title (its <h1>): agency, year and the report's name. */
const editorTitle = (page: Page) => page.getByRole('heading', { level: 1 });

/** No serious or critical axe violation on the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Imports a published report through the 导入 dialog (picked file → summary → 创建草稿). */
async function importPublished(page: Page, name: string): Promise<void> {
  await topBar(page).getByRole('button', { name: '导入', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  const buffer = Buffer.from(published(name), 'utf8');
  await dialog.getByLabel(/选择文件/).setInputFiles({ name, mimeType: 'text/plain', buffer });
  await expect(dialog.getByTestId('import-agency')).toHaveText(HONGZE);
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/\?report=/);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the top bar and the empty state: three ways to start, 由上年 disabled with its reason', async ({
  page,
  cjkGuard,
}, testInfo) => {
  await page.goto('/');
  await cjkGuard();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '政府信息公开工作年度报告编辑器',
  );
  const bar = topBar(page);
  await expect(newButton(page)).toHaveClass(/btn-primary/);
  await expect(bar.getByRole('button', { name: '导入', exact: true })).toBeVisible();
  await expect(bar.getByRole('link', { name: '汇总工作台' })).toHaveAttribute('href', '?workspace');
  await expect(bar.getByRole('button', { name: '设置' })).toHaveAttribute('aria-expanded', 'false');
  // The bar stays at the top while the page scrolls.
  await expect(page.locator('.top-bar')).toHaveCSS('position', 'sticky');

  const list = page.getByRole('region', { name: '我的报告' });
  await expect(list.getByText('还没有报告')).toBeVisible();
  await expect(list.getByRole('button', { name: '空白报告' })).toBeVisible();
  await expect(list.getByRole('button', { name: '从样例开始' })).toBeVisible();
  const lastYear = list.getByRole('button', { name: '由上年报告生成' });
  await expect(lastYear).toHaveAttribute('aria-disabled', 'true');
  await expect(lastYear).toHaveAccessibleDescription(/还没有上年的报告/);
  await lastYear.click({ force: true }); // Playwright waits for aria-disabled ones to be enabled
  await expect(newDialog(page)).toHaveCount(0);
  await shot(page, testInfo, 'start-empty');
  await expectAccessible(page);

  // 从样例开始 opens 新建 on that way; the sample's agency and year are shown, not typed.
  await list.getByRole('button', { name: '从样例开始' }).click();
  const dialog = newDialog(page);
  await expect(dialog.getByRole('radio', { name: '从样例开始' })).toBeChecked();
  await expect(dialog.getByLabel('机关名称')).toHaveValue('平湖市科技局');
  await expect(dialog.getByLabel('报告年度')).toHaveJSProperty('readOnly', true);
  await dialog.getByRole('button', { name: '创建并打开' }).click();
  await expect(page).toHaveURL(/\?report=/);
  await expect(editorTitle(page)).toHaveText('平湖市科技局2021年度政府信息公开工作年度报告');
});

test('新建 from the top bar, keyboard only: errors at the field, Esc returns to 新建, Enter creates', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByText('还没有报告')).toBeVisible();
  await tabTo(page, newButton(page));
  await page.keyboard.press('Enter');
  const dialog = newDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '空白报告' })).toBeChecked();
  const submit = dialog.getByRole('button', { name: '创建并打开' });
  await expect(submit).toBeDisabled(); // no 机关名称 yet

  const agency = dialog.getByLabel('机关名称');
  await tabTo(page, agency);
  await page.keyboard.type('某某局');
  await page.keyboard.press('Tab');
  const year = dialog.getByLabel('报告年度');
  await expect(year).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1990');
  await expect(dialog.locator('#year-error')).toHaveText(/年度应在 2008 年到 \d{4} 年之间/);
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveAccessibleDescription(/年度应在/);
  await expect(submit).toBeDisabled();
  await agency.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(dialog.locator('#agency-error')).toHaveText('请填写机关名称');
  await shot(page, testInfo, 'new-dialog-errors');
  await expectAccessible(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(newButton(page)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, agency);
  await page.keyboard.type('键盘局');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2024');
  await expect(submit).toBeEnabled();
  await shot(page, testInfo, 'new-dialog');
  await tabTo(page, submit);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?report=/);
  await expect(editorTitle(page)).toHaveText('键盘局2024年度政府信息公开工作年度报告');
});

test('导入 a published report, then 新建 由上年报告生成 from it, keyboard only', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await topBar(page).getByRole('button', { name: '导入', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog.getByText('选择文件', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '读取粘贴的内容' })).toBeDisabled();
  await expect(dialog.getByLabel('导入审核包')).toBeAttached();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '取消' }).click();

  await importPublished(page, HONGZE_2024);
  await page.getByRole('link', { name: '政府信息公开工作年度报告编辑器' }).click();
  await expect(rows(page)).toHaveCount(1);

  await tabTo(page, newButton(page));
  await page.keyboard.press('Enter');
  const form = newDialog(page);
  const previous = form.getByRole('radio', { name: '由上年报告生成' });
  await expect(previous).toBeEnabled();
  await expect(form.getByRole('radio', { name: '空白报告' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // 从样例开始
  await page.keyboard.press('ArrowDown'); // 由上年报告生成
  await expect(previous).toBeChecked();
  await expect(form.getByRole('combobox', { name: '上年报告' })).toContainText(
    `${HONGZE} 2024 年度`,
  );
  await expect(form.getByLabel('机关名称')).toHaveValue(HONGZE);
  await expect(form.getByLabel('报告年度')).toHaveValue('2025');
  await shot(page, testInfo, 'new-dialog-last-year');
  await tabTo(page, form.getByRole('button', { name: '创建并打开' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?report=/);
  await expect(editorTitle(page)).toHaveText(`${HONGZE}2025年度政府信息公开工作年度报告`);
});

test('导入: a picked file shows its summary, and 创建草稿 opens it', async ({ page }, testInfo) => {
  await page.goto('/');
  await topBar(page).getByRole('button', { name: '导入', exact: true }).click();
  const dialog = importDialog(page);
  const buffer = Buffer.from(published(HONGZE_2024), 'utf8');
  await dialog
    .getByLabel(/选择文件/)
    .setInputFiles({ name: HONGZE_2024, mimeType: 'text/plain', buffer });
  await expect(dialog.getByTestId('import-year')).toHaveText('2024');
  await expect(dialog.getByTestId('import-agency')).toHaveText(HONGZE);
  await shot(page, testInfo, 'import-dialog');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/\?report=/);
  await expect(editorTitle(page)).toContainText(`${HONGZE}2024年`);
});

test('设置: identity saved, 备份 downloads a file, 恢复 reads it back', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await importPublished(page, HONGZE_2024);
  await page.goto('/');
  await expect(rows(page)).toHaveCount(1);
  const toggle = topBar(page).getByRole('button', { name: '设置' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('group', { name: '设置' });
  const identity = panel.getByRole('form', { name: '我的身份' });
  await expect(identity.getByRole('button', { name: '保存身份' })).toBeDisabled();
  await identity.getByLabel('姓名').fill('王小明');
  await identity.getByRole('radio', { name: '填报人' }).check();
  await identity.getByRole('button', { name: '保存身份' }).click();
  await expect(panel.locator('.review-identity')).toContainText('王小明（填报人）');
  await expect(panel.locator('.storage-status')).toContainText(/长期保存|已用/);
  await shot(page, testInfo, 'settings-open');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '备份全部报告' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  await expect(panel.getByRole('status')).toContainText('已导出 1 份报告的备份文件');
  await panel.getByLabel('从备份文件恢复').setInputFiles(file);
  await expect(panel.getByRole('status')).toContainText('新增 0 份');
  await expect(rows(page)).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await page.reload();
  await toggle.click();
  await expect(panel.locator('.review-identity')).toContainText('王小明（填报人）');
});

test('the list follows another tab: a report created there shows here without a reload', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByText('还没有报告')).toBeVisible();
  const other = await context.newPage();
  await other.setViewportSize({ width: 1280, height: 800 });
  await other.goto('/');
  await newButton(other).click();
  await newDialog(other).getByLabel('机关名称').fill('另一标签页局');
  await newDialog(other).getByLabel('报告年度').fill('2024');
  await newDialog(other).getByRole('button', { name: '创建并打开' }).click();
  await expect(other).toHaveURL(/\?report=/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('另一标签页局');

  // A rename there, and a deletion, show here too.
  await other.goto('/');
  await other.getByRole('button', { name: /^重命名：/ }).click();
  const rename = other.getByRole('dialog', { name: /^重命名：/ });
  await rename.getByLabel('新标题').fill('改名后的报告');
  await rename.getByRole('button', { name: '确定' }).click();
  await expect(rows(page)).toContainText('改名后的报告');
  await other.getByRole('button', { name: /^删除：/ }).click();
  await expect(page.getByText('还没有报告')).toBeVisible();
  await expect(page.getByRole('button', { name: '回收站（1）' })).toBeVisible();
  await shot(page, testInfo, 'start-after-other-tab');
});

test('with reports: 我的报告 with its count, filters in one row, row actions', async ({
  page,
}, testInfo) => {
  await page.goto('/?demo=sample&new=1');
  await expect(page).toHaveURL(/\?report=/);
  await page.goto('/');
  await importPublished(page, HONGZE_2024);
  await page.goto('/');
  const list = page.getByRole('region', { name: '我的报告' });
  await expect(rows(page)).toHaveCount(2);
  await expect(list.locator('.badge').first()).toHaveText('2 份');
  await expect(list.getByRole('searchbox', { name: '搜索机关或标题' })).toBeVisible();
  await expect(list.getByRole('combobox', { name: '年度筛选' })).toBeVisible();
  await expect(list.getByRole('combobox', { name: '状态筛选' })).toBeVisible();
  const first = rows(page).first();
  await expect(first.getByRole('link', { name: /^打开：/ })).toBeVisible();
  await expect(first.getByRole('button', { name: /^删除：/ })).toHaveClass(/btn-danger/);
  await shot(page, testInfo, 'start-with-reports');
  await expectAccessible(page);

  await first.getByRole('button', { name: /^重命名：/ }).click();
  const rename = page.getByRole('dialog', { name: /^重命名：/ });
  await rename.getByLabel('新标题').fill('');
  await expect(rename.locator('#title-error')).toHaveText('请填写标题');
  await expect(rename.getByRole('button', { name: '确定' })).toBeDisabled();
  await shot(page, testInfo, 'rename-dialog');
  await page.keyboard.press('Escape');
  await expect(rename).toHaveCount(0);
  await expect(first.getByRole('button', { name: /^重命名：/ })).toBeFocused();
});
