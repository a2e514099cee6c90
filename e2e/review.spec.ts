import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { getCell, gov2021, sample2021, setAtPath } from '../src/domain';
import { exportJson } from '../src/io/json-export';

// Issue 6 across two computers: two browser contexts (two profiles, two databases) that share
// nothing but the 审核包 files the 填报人 and the 审核人 send each other.

const GOOD = getCell(sample2021, 'requests.newReceived.natural') ?? 0;
const report = setAtPath(
  setAtPath(sample2021, 'otherMatters', '本年度未收取信息处理费。'),
  'requests.newReceived.natural',
  GOOD + 5, // the 勾稽关系 does not hold: an error that blocks submitting
);

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const cell = (page: Page, path: string) => page.locator(`td[data-cell="${path}"]`);
const badge = (page: Page) => page.locator('.status-badge');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** The toolbar's 审核 button (its name says how many comments are open). */
const reviewButton = (page: Page) =>
  page.getByRole('button', { name: /^审核(（\d+ 条未解决的意见）)?$/ });
const reviewDrawer = (page: Page) => page.getByRole('complementary', { name: '审核' });

async function machine(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return context.newPage();
}

/** Opens the editor's review drawer (意见, 修改, 操作记录) unless it is open. */
async function openReview(page: Page): Promise<void> {
  if ((await reviewDrawer(page).count()) === 0) await reviewButton(page).click();
  await expect(reviewDrawer(page)).toBeVisible();
}

/** Sets who works on this machine, in the editor's review drawer. */
async function setIdentity(page: Page, name: string, role: '填报人' | '审核人'): Promise<void> {
  await openReview(page);
  const form = page.getByRole('form', { name: '我的身份' });
  await form.getByLabel('姓名').fill(name);
  await form.getByRole('radio', { name: role }).check();
  await form.getByRole('button', { name: '保存身份' }).click();
  await expect(page.locator('.review-identity')).toContainText(`${name}（${role}）`);
  await reviewDrawer(page).getByRole('button', { name: '关闭' }).click();
  await expect(reviewDrawer(page)).toHaveCount(0);
}

/** Opens the editor's 审核包 menu unless it is open. */
async function openPackageMenu(page: Page): Promise<void> {
  const menu = button(page, '审核包');
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/** 导出审核包: the path of the downloaded file. */
async function exportPackage(page: Page): Promise<string> {
  await openPackageMenu(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    button(page, '导出审核包').click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/审核包\.json$/);
  return file.path();
}

/** 导入审核包 in the editor, from its 审核包 menu. */
async function importPackage(page: Page, path: string): Promise<void> {
  await openPackageMenu(page);
  await page.getByLabel('导入审核包').setInputFiles(path);
}

/** 导入审核包 on the start screen: a new report, opened in the editor. */
async function importPackageAtStart(page: Page, path: string): Promise<void> {
  await page.goto('/');
  const input = page.getByLabel('导入审核包');
  if ((await input.count()) === 0) await button(page, '导入').click();
  await input.setInputFiles(path);
  await expect(page).toHaveURL(/\?report=/);
}

async function setCell(page: Page, path: string, value: number): Promise<void> {
  await field(page, path).fill(String(value));
  await field(page, path).press('Enter');
}

async function staffCreatesAndSubmits(staff: Page): Promise<void> {
  await staff.goto('/');
  await staff.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = staff.getByRole('dialog', { name: '导入年度报告' });
  const buffer = Buffer.from(exportJson(gov2021, report), 'utf8');
  await dialog
    .getByLabel(/选择文件/)
    .setInputFiles({ name: 'r.json', mimeType: 'text/plain', buffer });
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(staff).toHaveURL(/\?report=/);
  await expect(badge(staff)).toHaveText('状态：草稿');
  await setIdentity(staff, '王小明', '填报人');
  await button(staff, '提交审核').click();
  await expect(staff.locator('.workflow-outcome[role="alert"]')).toContainText('错误');
  await expect(badge(staff)).toHaveText('状态：草稿');
  await setCell(staff, 'requests.newReceived.natural', GOOD);
  await button(staff, '提交审核').click();
  await expect(badge(staff)).toHaveText('状态：待审核');
  await expect(field(staff, 'requests.newReceived.natural')).toBeDisabled();
}

async function reviewerComments(boss: Page): Promise<void> {
  // No comments yet: the drawer is closed until asked for.
  await expect(reviewDrawer(boss)).toHaveCount(0);
  await openReview(boss);
  await expect(
    reviewDrawer(boss).getByRole('heading', { name: '未解决的意见（0）' }),
  ).toBeVisible();
  await cell(boss, 'proactive.licensing').click();
  const form = boss.getByRole('group', { name: '添加意见' });
  await expect(form.getByLabel('对象')).toHaveValue('proactive.licensing');
  await form.getByLabel('意见内容').fill('行政许可数量与台账不符，请核对。');
  await form.getByRole('button', { name: '添加意见' }).click();
  await expect(cell(boss, 'proactive.licensing')).toHaveAttribute('data-comments', '1');
  await form.getByLabel('意见针对').selectOption('section');
  await form.getByLabel('对象').selectOption('improvement');
  await form.getByLabel('意见内容').fill('改进情况写得太简单。');
  await form.getByRole('button', { name: '添加意见' }).click();
  await expect(boss.locator('.comment-thread')).toHaveCount(2);
}

test('submit, comment, return, fix, resubmit, approve: a review by file on two machines', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const staff = await machine(browser);
  const boss = await machine(browser);

  await staffCreatesAndSubmits(staff);
  const submitted = await exportPackage(staff);

  await importPackageAtStart(boss, submitted);
  await setIdentity(boss, '李主任', '审核人');
  await expect(badge(boss)).toHaveText('状态：待审核');
  await expect(field(boss, 'proactive.licensing')).toBeDisabled();
  await reviewerComments(boss);
  await button(boss, '退回修改').click();
  await boss.getByLabel('退回修改的理由').fill('请核对行政许可数量');
  await button(boss, '确认退回修改').click();
  await expect(badge(boss)).toHaveText('状态：退回修改');
  const returned = await exportPackage(boss);

  await importPackage(staff, returned);
  await expect(badge(staff)).toHaveText('状态：退回修改');
  await expect(cell(staff, 'proactive.licensing')).toHaveAttribute('data-comments', '1');
  // The package brought comments: the review drawer opens by itself and shows them.
  await expect(reviewDrawer(staff)).toBeVisible();
  await expect(reviewButton(staff)).toHaveAccessibleName('审核（2 条未解决的意见）');
  await expect(staff.locator('.comment-thread')).toHaveCount(2);
  await expect(staff.locator('.comments-panel')).toContainText('行政许可数量与台账不符');
  await expect(reviewDrawer(staff).locator('.action-history')).toContainText('退回修改');
  const licensing = (getCell(sample2021, 'proactive.licensing') ?? 0) + 3;
  await setCell(staff, 'proactive.licensing', licensing);
  await button(staff, '重新提交审核').click();
  await expect(badge(staff)).toHaveText('状态：待审核');
  const resubmitted = await exportPackage(staff);

  await importPackage(boss, resubmitted);
  await expect(boss.locator('.package-result')).toContainText('采用对方的报告内容');
  await expect(badge(boss)).toHaveText('状态：待审核');
  await expect(boss.locator('td[data-changed]')).toHaveCount(1);
  await expect(cell(boss, 'proactive.licensing')).toHaveAttribute('data-changed', /→/);
  await expect(field(boss, 'proactive.licensing')).toHaveValue(String(licensing));
  await button(boss, '审核定稿').click();
  await expect(badge(boss)).toHaveText('状态：已定稿');
  const approved = await exportPackage(boss);

  await importPackage(staff, approved);
  await expect(badge(staff)).toHaveText('状态：已定稿');
  for (const page of [staff, boss]) {
    await expect(field(page, 'proactive.licensing')).toBeDisabled();
    await expect(field(page, 'overview.proactive')).toBeDisabled();
  }
  await expect(button(staff, '审核定稿')).toHaveCount(0);

  await staff.getByRole('button', { name: '导出', exact: true }).click();
  const [file] = await Promise.all([
    staff.waitForEvent('download'),
    staff.getByRole('menuitem', { name: /打印版/ }).click(),
  ]);
  const html = readFileSync(await file.path(), 'utf8');
  const body = html.slice(html.indexOf('<body>'));
  expect(body).not.toContain('草稿');
  expect(body).toMatch(/审核人：李主任\u3000审核日期：\d{4}年\d{1,2}月\d{1,2}日/);
  await Promise.all([staff.context().close(), boss.context().close()]);
});

test('when both sides changed the report, the person chooses and the other version stays in history', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const [first, second] = [await machine(browser), await machine(browser)];
  await first.goto('/');
  await first.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = first.getByRole('dialog', { name: '导入年度报告' });
  const buffer = Buffer.from(exportJson(gov2021, sample2021), 'utf8');
  await dialog
    .getByLabel(/选择文件/)
    .setInputFiles({ name: 'r.json', mimeType: 'text/plain', buffer });
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(badge(first)).toHaveText('状态：草稿');
  await setIdentity(first, '王小明', '填报人');
  const shared = await exportPackage(first);

  await importPackageAtStart(second, shared);
  await setIdentity(second, '张三', '填报人');
  await expect(badge(second)).toHaveText('状态：草稿');
  await setCell(second, 'proactive.licensing', 41);
  await setCell(first, 'proactive.licensing', 42);
  const theirs = await exportPackage(second);

  await importPackage(first, theirs);
  const question = first.getByRole('alertdialog', { name: '双方都修改了报告' });
  await expect(question).toContainText('1 个单元格不同');
  await question.getByRole('button', { name: '用我的版本' }).click();
  await expect(first.locator('.package-result')).toContainText('已导入审核包');
  await expect(field(first, 'proactive.licensing')).toHaveValue('42');
  await first.getByRole('button', { name: '历史版本' }).click();
  await expect(first.getByRole('row').filter({ hasText: '未采用的版本' })).toHaveCount(1);
  await Promise.all([first.context().close(), second.context().close()]);
});
