import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { gov2021, sample2021, setAtPath } from '../src/domain';
import { exportJson } from '../src/io/json-export';
import { published } from '../src/io/testing/samples';

// Issue 5, item 7, as a user does it on the start screen: 导入 creates a stored draft and
// opens it; a refused file creates nothing; a JSON file of a report that exists asks first and
// keeps the old version in the history.

const rows = (page: Page) => page.locator('.drafts-table tbody tr');

async function importFile(page: Page, name: string, content: string | Buffer): Promise<Locator> {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入年度报告' });
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await dialog.getByLabel(/选择文件/).setInputFiles({ name, mimeType: 'text/plain', buffer });
  return dialog;
}

test('a published report imported on the start screen becomes a stored draft', async ({ page }) => {
  await page.goto('/');
  await expect(rows(page)).toHaveCount(0);
  const dialog = await importFile(
    page,
    'hongze.txt',
    published('2023_huaian_hongzequ_renminzhengfu.txt'),
  );
  await expect(dialog.locator('li[data-rule="printedTotal"]')).toHaveCount(2);
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/\?report=/);
  await expect(page.locator('[name="proactive.feeAmount"]')).toHaveValue('7730.28');
  await expect(page.locator('[data-computed="appeals.reconsideration.total"]')).toHaveText('11');
  await page.goto('/');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('洪泽区人民政府');
});

test('a PNG renamed to .txt is refused on the start screen and nothing is created', async ({
  page,
}) => {
  await page.goto('/');
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
    'hex',
  );
  const dialog = await importFile(page, 'report.txt', png);
  await expect(dialog.getByRole('alert')).toContainText('可能是图片');
  await expect(dialog.getByRole('button', { name: '创建草稿' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(rows(page)).toHaveCount(0);
});

test('a JSON file for a stored report asks before replacing it and keeps the old version', async ({
  page,
}) => {
  await page.goto('/');
  let dialog = await importFile(page, 'a.json', exportJson(gov2021, sample2021));
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/\?report=/);
  const address = page.url();

  await page.goto('/');
  const changed = setAtPath(sample2021, 'requests.newReceived.natural', 4);
  dialog = await importFile(page, 'b.json', exportJson(gov2021, changed));
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  const question = dialog.getByRole('alertdialog');
  await expect(question).toContainText('已有同名报告');
  await question.getByRole('button', { name: '替换' }).click();
  await expect(page).toHaveURL(address);
  await expect(page.locator('[name="requests.newReceived.natural"]')).toHaveValue('4');
  await page.getByRole('button', { name: '历史版本' }).click();
  await expect(page.getByRole('row').filter({ hasText: '导入替换前的版本' })).toHaveCount(1);

  await page.goto('/');
  await expect(rows(page)).toHaveCount(1);
});
