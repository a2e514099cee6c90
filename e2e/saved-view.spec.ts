import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The saved view (src/app/saved-view/): reopening a report paints the editor's last rendering
// of it before the app's code has arrived; the editor then takes over. To see the view at all,
// these tests hold back the app's entry chunk (a service worker would answer from its own
// cache, out of the route's reach: none here).
test.use({ serviceWorkers: 'block' });

const CELL = 'requests.newReceived.natural';
const TOTAL = 'requests.newReceived.total';
const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const total = (page: Page, path: string) => page.locator(`[data-computed="${path}"]`);
const savedView = (page: Page) => page.locator('#root[data-saved-view]');

/** The value of field `path` in the saved view localStorage keeps for report `id`. */
function keptValue(page: Page, id: string, path: string) {
  return page.evaluate(
    ([id, path]) => {
      const view = JSON.parse(localStorage.getItem(`nianbao-saved-view:${id}`) ?? 'null') as {
        id: string;
        html: string;
      } | null;
      if (view?.id !== id) return null;
      const t = document.createElement('template');
      t.innerHTML = view.html;
      return t.content.querySelector(`[name="${path}"]`)?.getAttribute('value') ?? null;
    },
    [id, path] as const,
  );
}

/** A new draft of the sample with `value` in CELL, saved and kept as the saved view; its id. */
async function draftWithSavedView(page: Page, value: string): Promise<string> {
  await page.goto('/?demo=sample');
  await expect(page).toHaveURL(/\?report=[\w-]+$/);
  await field(page, CELL).fill(value);
  await field(page, CELL).press('Tab');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  const id = new URL(page.url()).searchParams.get('report') ?? '';
  await expect.poll(() => keptValue(page, id, CELL)).toBe(value);
  return id;
}

/** Counts, in `window.removals`, removals of `selector` other than the view's own (its #root). */
function countRemovals(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const w = window as unknown as { removals: number };
    w.removals = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.removedNodes) {
          const el = n instanceof Element && n.id !== 'root' ? n : null;
          if (el && (el.matches(selector) || el.querySelector(selector))) w.removals++;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

/** Holds back the app's entry chunk until the returned function is called. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Opens report `id` with the app held back: its saved view shows CELL = `value`, then the editor. */
async function expectViewThenEditor(page: Page, id: string, value: string) {
  const release = await holdAppCode(page);
  await page.goto(`/?report=${id}`, { waitUntil: 'commit' });
  await expect(savedView(page)).toBeVisible();
  await expect(field(page, CELL)).toHaveValue(value);
  release();
  await expect(savedView(page)).toHaveCount(0);
  await expect(field(page, CELL)).toHaveValue(value);
  await page.unrouteAll();
}

test('a reopened report is on screen before the app has loaded; the editor then takes over', async ({
  page,
}) => {
  const id = await draftWithSavedView(page, '7');
  const totalBefore = await total(page, TOTAL).textContent();
  const release = await holdAppCode(page);
  await page.goto(`/?report=${id}`, { waitUntil: 'commit' });
  await expect(savedView(page)).toBeVisible();
  await expect(field(page, CELL)).toHaveValue('7');
  await expect(field(page, CELL)).toBeEditable();
  await expect(total(page, TOTAL)).toHaveText(totalBefore ?? '');
  // Buttons wait for the editor (inert): a click now would do nothing.
  const exportButton = page.getByRole('button', { name: '导出' }).first();
  await expect(exportButton).toHaveAttribute('inert', '');
  await countRemovals(page, '[name="otherMatters"]');
  release();
  await expect(savedView(page)).toHaveCount(0);
  // The editor replaced the view in one step: the last section was never taken away again.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { removals: number }).removals)).toBe(0);
  await expect(field(page, CELL)).toHaveCount(1);
  await expect(field(page, CELL)).toHaveValue('7');
  await expect(exportButton).not.toHaveAttribute('inert');
  await expect(exportButton).toBeEnabled();
  await field(page, CELL).fill('8');
  await field(page, CELL).press('Enter');
  await expect(total(page, TOTAL)).toHaveText(String(Number(totalBefore) + 1));
});

test('what is typed into the saved view is typed into the editor: checked, then saved', async ({
  page,
}) => {
  const id = await draftWithSavedView(page, '7');
  const other = 'requests.newReceived.commercial';
  const refused = 'requests.carriedOver.natural';
  const refusedBefore = await field(page, refused).inputValue();
  const release = await holdAppCode(page);
  await page.goto(`/?report=${id}`, { waitUntil: 'commit' });
  await expect(savedView(page)).toBeVisible();
  await field(page, other).fill('12');
  await field(page, 'meta.agency').fill('平湖市科学技术局');
  await field(page, refused).fill('十二');
  await field(page, 'otherMatters').fill('本年度未收取信息处理费。'); // the last section
  await field(page, CELL).click();
  await page.keyboard.type('5'); // focus selects the number: typing replaces it, as in the editor
  release();
  await expect(savedView(page)).toHaveCount(0);
  await expect(field(page, other)).toHaveValue('12');
  await expect(field(page, 'meta.agency')).toHaveValue('平湖市科学技术局');
  await expect(field(page, 'otherMatters')).toHaveValue('本年度未收取信息处理费。');
  await expect(field(page, refused)).toHaveValue(refusedBefore);
  await expect(field(page, refused)).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, CELL)).toBeFocused();
  await expect(field(page, CELL)).toHaveValue('5');
  await page.keyboard.type('1'); // the caret is where it was: still typing the same number
  await page.keyboard.press('Enter');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.unrouteAll();
  await page.reload();
  await expect(savedView(page)).toHaveCount(0);
  await expect(field(page, CELL)).toHaveValue('51');
  await expect(field(page, other)).toHaveValue('12');
  await expect(field(page, 'meta.agency')).toHaveValue('平湖市科学技术局');
  await expect(field(page, 'otherMatters')).toHaveValue('本年度未收取信息处理费。');
});

test('each of the last reports opened keeps its own saved view', async ({ page }) => {
  const first = await draftWithSavedView(page, '7');
  const second = await draftWithSavedView(page, '9');
  await expectViewThenEditor(page, first, '7');
  await expectViewThenEditor(page, second, '9');
});

test('while another tab edits the report, its saved view takes no typing', async ({
  context,
  page,
}) => {
  const id = await draftWithSavedView(page, '7'); // this page keeps the report open (its lock)
  const second = await context.newPage();
  const release = await holdAppCode(second);
  await second.goto(`/?report=${id}`, { waitUntil: 'commit' });
  await expect(savedView(second)).toBeVisible();
  await expect(field(second, CELL)).toHaveValue('7');
  await expect(field(second, CELL)).not.toBeEditable();
  release();
  await expect(savedView(second)).toHaveCount(0);
  await expect(second.getByRole('alert').filter({ hasText: '另一个标签页' })).toBeVisible();
  await expect(field(second, CELL)).toBeDisabled();
});

test('a saved view older than the stored report is withdrawn at once', async ({ page }) => {
  const id = await draftWithSavedView(page, '7');
  await page.goto('/'); // leave the editor, then store a newer rev behind the view's back
  await page.evaluate(
    (id) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reports', 'readwrite');
          const reports = tx.objectStore('reports');
          const get = reports.get(id);
          get.onsuccess = () => reports.put({ ...get.result, rev: get.result.rev + 1 });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    id,
  );
  const release = await holdAppCode(page);
  await page.goto(`/?report=${id}`, { waitUntil: 'commit' });
  await expect(field(page, CELL)).toHaveCount(0);
  await expect(savedView(page)).toHaveCount(0);
  release();
  await expect(field(page, CELL)).toHaveValue('7');
  await expect(field(page, CELL)).toBeEditable();
});

test('another address shows no saved view, and a missing report says so', async ({ page }) => {
  await draftWithSavedView(page, '7');
  const release = await holdAppCode(page);
  await page.goto('/?report=no-such-report', { waitUntil: 'commit' });
  await expect(page.locator('#root')).toBeAttached();
  await expect(savedView(page)).toHaveCount(0);
  release();
  await expect(page.getByRole('alert')).toContainText('找不到');
});

test('if the app never arrives, the saved view stops taking input and says why', async ({
  page,
}) => {
  const id = await draftWithSavedView(page, '7');
  await holdAppCode(page); // never released
  await page.clock.install();
  await page.goto(`/?report=${id}`, { waitUntil: 'commit' });
  await expect(savedView(page)).toBeVisible();
  await expect(field(page, CELL)).toBeEditable();
  await page.clock.runFor(20_000);
  await expect(page.getByRole('alert').first()).toHaveText(/本页程序未能加载/);
  await expect(field(page, CELL)).not.toBeEditable();
  await expect(field(page, CELL)).toHaveValue('7');
});
