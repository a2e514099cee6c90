import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// A refused 提交审核 lists its problems; each one takes the 填报人 to its first field, as the
// editor's problem list does.

const badge = (page: Page) => page.locator('.status-badge');

test('a problem listed under a refused 提交审核 moves focus to its first field', async ({
  page,
}) => {
  await page.goto('/?demo=sample&new=1');
  await expect(page).toHaveURL(/\?report=/);
  await expect(badge(page)).toHaveText('状态：草稿');
  await page.getByRole('button', { name: '审核', exact: true }).click();
  const form = page
    .getByRole('complementary', { name: '审核' })
    .getByRole('form', { name: '我的身份' });
  await form.getByLabel('姓名').fill('王小明');
  await form.getByRole('radio', { name: '填报人' }).check();
  await form.getByRole('button', { name: '保存身份' }).click();
  await expect(page.locator('.review-identity')).toContainText('王小明（填报人）');

  await page.getByRole('button', { name: '提交审核', exact: true }).click();
  const refusal = page.locator('.workflow-outcome[role="alert"]');
  await expect(refusal).toContainText('错误');
  await expect(badge(page)).toHaveText('状态：草稿');

  const first = refusal.locator('button[data-rule]').first();
  const fields = ((await first.getAttribute('data-fields')) ?? '').split(' ').filter(Boolean);
  expect(fields.length).toBeGreaterThan(0);
  await first.click();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('name') ?? el?.getAttribute('data-computed') ?? '';
    });
  await expect.poll(focused).not.toBe('');
  expect(fields).toContain(await focused());
});
