import { test as base, expect, type Page } from '@playwright/test';

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
};

/** Playwright's `test` (a fresh browser context per test) with the project's helpers. */
export const test = base.extend<Fixtures>({
  cjkGuard: async ({ page }, use) => {
    await use(() => checkCjkFont(page));
  },
});

export { expect };
