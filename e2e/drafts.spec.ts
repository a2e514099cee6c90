import type { Browser, Page } from '@playwright/test';
import { expect, test, viewVersion } from './fixtures';

// Drafts that are never lost (issue 4): autosave, reload, closing the tab, two tabs, 回收站,
// new from last year, backup into a fresh profile, history, offline.

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const saveStatus = (page: Page) => page.locator('.save-status');

/** Opens a new draft copied from the sample; resolves to its own address. */
async function newSampleDraft(page: Page): Promise<string> {
  await page.goto('/?demo=sample');
  await expect(page).toHaveURL(/\?report=[\w-]+$/);
  await expect(field(page, 'requests.newReceived.natural')).toBeVisible();
  return new URL(page.url()).search;
}

/** Types a value into a field and leaves it (a committed change). */
async function enter(page: Page, path: string, value: string) {
  await field(page, path).fill(value);
  await field(page, path).press('Tab');
}

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText('已保存');
}

/** Opens 设置 in the start screen's top bar; resolves to its panel. */
async function openSettings(page: Page) {
  await page.getByRole('button', { name: '设置' }).click();
  const panel = page.getByRole('group', { name: '设置' });
  await expect(panel).toBeVisible();
  return panel;
}

test.describe('drafts are never lost', () => {
  test('autosaves; a reload reopens the same draft with everything there', async ({ page }) => {
    const address = await newSampleDraft(page);
    await enter(page, 'meta.agency', '平湖市科学技术局');
    await enter(page, 'requests.newReceived.natural', '7');
    await expectSaved(page);
    await page.reload();
    await expect(page).toHaveURL(address);
    await expect(field(page, 'meta.agency')).toHaveValue('平湖市科学技术局');
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('7');
    await expectSaved(page);
    await page.goto('/');
    const row = page.locator('.drafts-table tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('平湖市科学技术局');
    await expect(row).toContainText('个错误');
  });

  test('an edit survives closing the page at once', async ({ context, page }) => {
    const address = await newSampleDraft(page);
    await enter(page, 'requests.newReceived.natural', '41');
    await page.close();
    const again = await context.newPage();
    await again.goto(address);
    await expect(field(again, 'requests.newReceived.natural')).toHaveValue('41');
    await expectSaved(again);
    await again.reload();
    await expect(field(again, 'requests.newReceived.natural')).toHaveValue('41');
  });

  test('a second page on the same draft is read-only and says why', async ({ context, page }) => {
    const address = await newSampleDraft(page);
    const second = await context.newPage();
    await second.goto(address);
    await expect(
      second.getByRole('alert').filter({ hasText: '已在另一个标签页中打开' }),
    ).toHaveText('此报告已在另一个标签页中打开，这里只能查看。关闭那个标签页后刷新即可编辑。');
    await expect(field(second, 'requests.newReceived.natural')).toBeDisabled();
    await expect(saveStatus(second)).toHaveCount(0);
    // The first page still edits; once it is closed, a reload of the second one can edit.
    await enter(page, 'requests.newReceived.natural', '3');
    await expectSaved(page);
    await page.close();
    await second.reload();
    await expect(field(second, 'requests.newReceived.natural')).toBeEnabled();
    await expect(field(second, 'requests.newReceived.natural')).toHaveValue('3');
  });
});

test.describe('drafts list', () => {
  test('delete to the 回收站, restore, then empty it', async ({ page }) => {
    await newSampleDraft(page);
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: /政府信息公开工作年度报告编辑器/ }),
    ).toBeVisible();
    const rows = page.locator('.drafts-table tbody tr');
    await expect(rows).toHaveCount(1);
    await page.getByRole('button', { name: /^删除：/ }).click();
    await expect(page.getByRole('status').filter({ hasText: '移到回收站' })).toBeVisible();
    await expect(rows).toHaveCount(0);
    await page.getByRole('button', { name: '回收站（1）' }).click();
    await expect(rows).toHaveCount(1);
    await page.getByRole('button', { name: /^恢复：/ }).click();
    await expect(rows).toHaveCount(0);
    await page.getByRole('button', { name: '返回报告列表' }).click();
    await expect(rows).toHaveCount(1);
    await page.getByRole('button', { name: /^删除：/ }).click();
    await page.getByRole('button', { name: '回收站（1）' }).click();
    await page.getByRole('button', { name: '清空回收站' }).click();
    await page.getByRole('button', { name: '确定清空' }).click();
    await expect(page.getByText('回收站是空的。')).toBeVisible();
    await page.getByRole('button', { name: '返回报告列表' }).click();
    await expect(page.getByText('还没有报告')).toBeVisible();
  });

  test('duplicate, rename, filter and sort', async ({ page }) => {
    await newSampleDraft(page);
    await page.goto('/');
    await page.getByRole('button', { name: /^复制：/ }).click();
    const rows = page.locator('.drafts-table tbody tr');
    await expect(rows).toHaveCount(2);
    await page.getByRole('button', { name: /^重命名：.*（副本）$/ }).click();
    await page.getByRole('textbox', { name: '新标题' }).fill('改过名的报告');
    await page.getByRole('button', { name: '确定' }).click();
    await expect(rows.filter({ hasText: '改过名的报告' })).toHaveCount(1);
    await page.getByRole('searchbox', { name: '搜索机关或标题' }).fill('改过名');
    await expect(rows).toHaveCount(1);
    await page.getByRole('searchbox', { name: '搜索机关或标题' }).fill('');
    await page.getByRole('combobox', { name: '年度筛选' }).selectOption('2021');
    await expect(rows).toHaveCount(2);
    await page.getByRole('combobox', { name: '状态筛选' }).selectOption({ label: '已提交' });
    await expect(page.getByText('没有符合筛选条件的报告。')).toBeVisible();
    await page.getByRole('combobox', { name: '状态筛选' }).selectOption({ label: '全部' });
    await page.getByRole('button', { name: '标题' }).count();
    await page
      .getByRole('columnheader', { name: /最后修改/ })
      .getByRole('button')
      .click();
    await expect(page.getByRole('columnheader', { name: /最后修改/ })).toHaveAttribute(
      'aria-sort',
      /ascending|descending/,
    );
  });

  test('new from last year carries 四 into 二 and 现行有效件数; changing 二 warns', async ({
    page,
  }) => {
    await newSampleDraft(page);
    await enter(page, 'requests.carriedForward.natural', '3');
    await expectSaved(page);
    await page.goto('/');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '新建报告' });
    await dialog.getByRole('radio', { name: '由上年报告生成' }).check();
    await expect(dialog.getByRole('combobox', { name: '上年报告' })).toContainText(
      '平湖市科技局 2021 年度',
    );
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await expect(page).toHaveURL(/\?report=/);
    await expect(field(page, 'meta.year')).toHaveValue('2022');
    await expect(field(page, 'meta.agency')).toHaveValue('平湖市科技局');
    await expect(field(page, 'requests.carriedOver.natural')).toHaveValue('3');
    await expect(field(page, 'proactive.normativeDocuments.inForce')).toHaveValue('6');
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('');
    await expect(page.locator('[data-rule="carryOver"]')).toHaveCount(0);
    await enter(page, 'requests.carriedOver.natural', '5');
    const warning = page.locator(
      '[data-rule="carryOver"][data-fields~="requests.carriedOver.natural"]',
    );
    await expect(warning).toHaveCount(1);
    await expect(warning).toContainText('3');
  });

  test('shows whether the browser keeps the data, and links to the sample', async ({ page }) => {
    await page.goto('/');
    const settings = await openSettings(page);
    await expect(settings.locator('.storage-status')).toContainText(/长期保存/);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: '查看样例报告' }).click();
    await expect(page).toHaveURL(/\?view=sample$/);
    await expect(
      page.getByRole('heading', { name: '平湖市科技局2021年度政府信息公开工作年度报告' }),
    ).toBeVisible();
  });
});

async function backupFrom(page: Page, dir: string): Promise<string> {
  await page.goto('/');
  const settings = await openSettings(page);
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: '备份全部报告' }).click();
  const file = `${dir}/backup.json`;
  await (await download).saveAs(file);
  return file;
}

async function restoreInto(browser: Browser, file: string) {
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto('/');
  await expect(page.getByText('还没有报告')).toBeVisible();
  const settings = await openSettings(page);
  await settings.getByLabel('从备份文件恢复').setInputFiles(file);
  return { fresh, page, settings };
}

test('backup, then restore into a fresh browser profile, twice without duplicates', async ({
  page,
  browser,
}, testInfo) => {
  await newSampleDraft(page);
  await enter(page, 'meta.agency', '备份测试局');
  await expectSaved(page);
  const file = await backupFrom(page, testInfo.outputDir);
  const { fresh, page: other, settings } = await restoreInto(browser, file);
  await expect(settings.getByRole('status').filter({ hasText: '新增 1 份' })).toBeVisible();
  const rows = other.locator('.drafts-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('备份测试局');
  await settings.getByLabel('从备份文件恢复').setInputFiles(file);
  await expect(settings.getByRole('status').filter({ hasText: '新增 0 份' })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await other.keyboard.press('Escape');
  await rows.getByRole('link', { name: /^打开：/ }).click();
  await expect(field(other, 'meta.agency')).toHaveValue('备份测试局');
  await fresh.close();
});

test('history: snapshots as one works, view one, restore it, and undo the restore', async ({
  page,
}) => {
  await newSampleDraft(page);
  await enter(page, 'requests.newReceived.natural', '11');
  await expectSaved(page);
  await page.getByRole('button', { name: '历史版本' }).click();
  const history = page.locator('.history-panel');
  await viewVersion(history, '本次编辑前的版本');
  // The version is shown in the history drawer; the report beside it is still today's.
  await expect(field(page, 'requests.newReceived.natural')).toHaveValue('11');
  await history.getByRole('button', { name: '恢复此版本' }).click();
  await expect(field(page, 'requests.newReceived.natural')).toHaveValue('0');
  await expectSaved(page);
  const before = history.getByRole('row').filter({ hasText: '恢复历史版本前的版本' });
  await expect(before).toHaveCount(1);
  await before.getByRole('button', { name: '查看' }).click();
  await history.getByRole('button', { name: '恢复此版本' }).click();
  await expect(field(page, 'requests.newReceived.natural')).toHaveValue('11');
  await page.reload();
  await expect(field(page, 'requests.newReceived.natural')).toHaveValue('11');
});

test('after one visit the app opens offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: /政府信息公开工作年度报告编辑器/ }),
  ).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: /政府信息公开工作年度报告编辑器/ }),
  ).toBeVisible();
  await page.goto('/?demo=sample');
  await expect(field(page, 'requests.newReceived.natural')).toBeVisible();
  await enter(page, 'requests.newReceived.natural', '9');
  await expectSaved(page);
  await context.setOffline(false);
});

test('a full disk is said plainly, offers the JSON export and a retry, and never shows 已保存', async ({
  page,
}) => {
  await newSampleDraft(page);
  await page.evaluate(() => {
    const w = window as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
    w.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await enter(page, 'requests.newReceived.natural', '8');
  await expect(saveStatus(page)).toContainText('保存失败：浏览器的存储空间已满');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出本报告（JSON 文件）' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await page.evaluate(() => {
    const w = window as unknown as { realPut: typeof IDBObjectStore.prototype.put };
    IDBObjectStore.prototype.put = w.realPut;
  });
  await page.getByRole('button', { name: '重试' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(field(page, 'requests.newReceived.natural')).toHaveValue('8');
});
