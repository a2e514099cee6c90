import { expect, test } from './fixtures';

// Moving between the app's screens routes within the page (src/app/app-links.ts): the list's
// 打开 opens the editor at once, with no page load, and Back returns to the list; the address
// is each screen's own all along, so a reload or a bookmark opens the same screen.

test('打开 in the list opens the editor within the page; Back returns to the list', async ({
  page,
}) => {
  await page.goto('/?demo=sample');
  await expect(page).toHaveURL(/\?report=[\w-]+$/);
  const search = new URL(page.url()).search;
  await page.goto('/');
  const open = page.locator(`a[href$="${search}"]`).first();
  await expect(open).toBeVisible();
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await open.click();
  await expect(page).toHaveURL(new RegExp(`\\${search}$`));
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
  await expect(page.locator('main.editor-page')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(`a[href$="${search}"]`).first()).toBeVisible();
  const samePage = await page.evaluate(
    () => (window as unknown as { samePage?: boolean }).samePage,
  );
  expect(samePage).toBe(true);
  await page.reload();
  await expect(page.locator(`a[href$="${search}"]`).first()).toBeVisible();
});

test('the HTML copies an older version kept in localStorage are removed once the page is idle', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('nianbao-saved-view:old', '<main>旧版本的页面副本</main>');
    localStorage.setItem('nianbao-saved-views', '["old"]');
    localStorage.setItem('nianbao-unsaved:old', '{"unsaved":true}');
  });
  await page.reload();
  const keys = () => page.evaluate(() => Object.keys(localStorage).sort());
  await expect.poll(keys, { timeout: 20_000 }).not.toContain('nianbao-saved-views');
  expect(await keys()).not.toContain('nianbao-saved-view:old');
  expect(await keys()).toContain('nianbao-unsaved:old'); // unsaved work is never dropped
});
