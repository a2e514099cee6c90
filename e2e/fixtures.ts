import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Draws 政 and 府 on a canvas and compares the pixels: with no CJK font installed both
 * render as the same .notdef box ("tofu"), so screenshots and PDFs would be unreadable.
 */
async function checkCjkFont(page: Page): Promise<void> {
  const glyphsDiffer = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const ctx = canvas.getContext('2d');
    if (!ctx) return false;
    const draw = (ch: string) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = '48px sans-serif';
      ctx.fillText(ch, 4, 52);
      return ctx.getImageData(0, 0, 64, 64).data.join(',');
    };
    return draw('政') !== draw('府');
  });
  expect(glyphsDiffer, 'no CJK font installed? (apt-get install fonts-noto-cjk)').toBe(true);
}

type Fixtures = {
  /** Fails the test when the browser has no CJK font (call it after `page.goto`). */
  cjkGuard: () => Promise<void>;
  /**
   * Every Content-Security-Policy violation reported in the test's browser context (any page,
   * any frame). Checked after every test: the built page runs under its policy (index.html's
   * <meta>), and a journey that needs something the policy forbids fails. A test that provokes
   * one on purpose takes it out of this list.
   */
  cspViolations: string[];
};

/** Reports each violation on the console, where the context's listener hears it. */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
  );
}

/** Playwright's `test` (a fresh browser context per test) with the project's helpers. */
export const test = base.extend<Fixtures>({
  cjkGuard: async ({ page }, use) => {
    await use(() => checkCjkFont(page));
  },
  cspViolations: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on('console', (m) => {
        const text = m.text();
        if (/CSP violation|Content Security Policy/.test(text)) seen.push(text);
      });
      await context.addInitScript(reportViolations);
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sets 我的身份 in the top bar's 设置 (the start screen's and the workspace's) and closes it. */
export async function setIdentityInSettings(
  page: Page,
  name: string,
  role: '填报人' | '审核人',
): Promise<void> {
  const bar = page.getByRole('banner');
  await bar.getByRole('button', { name: '设置' }).click();
  const panel = page.getByRole('group', { name: '设置' });
  const change = panel.getByRole('button', { name: '更改身份' });
  if (await change.isVisible()) await change.click();
  const form = panel.getByRole('form', { name: '我的身份' });
  await form.getByLabel('姓名').fill(name);
  await form.getByRole('radio', { name: role }).check();
  await form.getByRole('button', { name: '保存身份' }).click();
  await expect(panel.locator('.review-identity')).toContainText(`${name}（${role}）`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}

/** Opens the version labelled `label` from the 历史版本 drawer `history` (one such row). */
export async function viewVersion(history: Locator, label: string): Promise<void> {
  const row = history.getByRole('row').filter({ hasText: label });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: '查看' }).click();
  await expect(history.getByRole('status')).toContainText('正在查看');
}
