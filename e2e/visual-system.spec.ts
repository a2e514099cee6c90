import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Issue 13 item 3, one visual system: on every screen no control keeps the browser's default look
// (grey 2px-outset buttons, inset text boxes, native select arrows and check boxes), and Tab shows
// a focus ring on whatever it reaches. Both checks compare against the browser's own defaults,
// read from an unstyled frame, so they fail as soon as the app's base stylesheet is missing.

type Offender = { readonly control: string; readonly why: string };

/**
 * Every visible control of the page whose computed style is still the browser's default: a
 * button's background or border, a text box's border, a select's or check box's native widget.
 */
function controlsWithDefaultLook(): Offender[] {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const blank = frame.contentDocument;
  if (!blank) throw new Error('no blank frame');
  const defaults = new Map<string, CSSStyleDeclaration>();
  const defaultOf = (el: Element): CSSStyleDeclaration => {
    const key = `${el.tagName}:${el.getAttribute('type') ?? ''}`;
    const known = defaults.get(key);
    if (known) return known;
    const twin = blank.createElement(el.tagName);
    const type = el.getAttribute('type');
    if (type) twin.setAttribute('type', type);
    blank.body.append(twin);
    const style = blank.defaultView!.getComputedStyle(twin);
    defaults.set(key, style);
    return style;
  };
  const border = (s: CSSStyleDeclaration) =>
    `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`;
  const offenders: Offender[] = [];
  const controls = document.querySelectorAll('button, select, textarea, input:not([type=hidden])');
  for (const el of controls) {
    const rect = el.getBoundingClientRect();
    if (!el.checkVisibility() || rect.width <= 1 || rect.height <= 1) continue;
    const own = getComputedStyle(el);
    const ua = defaultOf(el);
    const type = el.getAttribute('type') ?? '';
    const name = `${el.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} 「${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 20)}」`;
    const widget = el.tagName === 'SELECT' || type === 'checkbox' || type === 'radio';
    if (widget && own.appearance !== 'none')
      offenders.push({ control: name, why: `appearance ${own.appearance}` });
    else if (el.tagName === 'BUTTON' && own.backgroundColor === ua.backgroundColor)
      offenders.push({ control: name, why: `background ${own.backgroundColor}` });
    else if (!widget && border(own) === border(ua))
      offenders.push({ control: name, why: `border ${border(own)}` });
  }
  frame.remove();
  return offenders;
}

/** What Tab reached and whether it shows a ring (an outline, or a box-shadow with a spread). */
function focusRing(): { readonly control: string; readonly ring: boolean } | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  // The ring fades in: read it where the transition ends.
  for (const animation of document.getAnimations()) animation.finish();
  // A FilePicker's input is focusable but unseen: its button shows the ring.
  const small = el.getBoundingClientRect().width <= 1;
  const shown = (small ? el.closest('.ui-file-picker')?.querySelector('.btn') : el) ?? el;
  const s = getComputedStyle(shown);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const shadow = /0px 0px 0px [1-9]/.test(s.boxShadow);
  const label = (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 20);
  return { control: `${el.tagName.toLowerCase()} 「${label}」`, ring: outline || shadow };
}

/** Tabs through the first `stops` controls; returns those that showed no focus ring. */
async function tabWithoutRing(page: Page, stops: number): Promise<string[]> {
  const missing: string[] = [];
  let reached = 0;
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(focusRing);
    if (!focus) continue;
    reached += 1;
    if (!focus.ring) missing.push(focus.control);
  }
  expect(reached, 'Tab reached no control').toBeGreaterThan(0);
  return missing;
}

const SCREENS = [
  { name: 'the start screen', path: './', ready: 'main' },
  { name: 'the editor', path: './?demo=sample', ready: '[data-editor-ready]' },
  { name: 'the workspace', path: './?workspace=2021', ready: '.workspace-page' },
  { name: 'the sample view', path: './?view=sample', ready: '.report-view' },
] as const;

test.use({ viewport: { width: 1280, height: 800 } });

for (const screen of SCREENS) {
  test(`${screen.name}: no control keeps the browser's default look, and Tab shows a focus ring`, async ({
    page,
  }) => {
    await page.goto(screen.path);
    await page.locator(screen.ready).first().waitFor();
    expect(await page.evaluate(controlsWithDefaultLook)).toEqual([]);
    expect(await tabWithoutRing(page, 12)).toEqual([]);
  });
}

test('the workspace: dialogs, popovers and file pickers are the system’s, with keyboard and focus as expected', async ({
  page,
}) => {
  await page.goto('./?workspace=2021');
  const consolidate = page.getByRole('button', { name: '生成汇总报告', exact: true });
  await expect(consolidate).toHaveClass(/btn-primary/);
  await expect(page.getByRole('button', { name: '批量退回' })).toHaveClass(/btn-danger/);
  // The file picker is a styled button over an input that keeps its label and takes files.
  const picker = page.getByLabel('选择要接收的报告文件（可多选）');
  await expect(picker).toHaveAttribute('type', 'file');
  await expect(page.locator('.receive-panel .ui-file-picker .btn')).toHaveText('接收报告文件');

  // 显示列 is a popover: its check boxes are drawn by the app, Esc closes and returns focus.
  const columns = page.getByRole('button', { name: '显示列' });
  await columns.click();
  await expect(columns).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('group', { name: '显示列' }).first();
  await expect(panel.getByRole('checkbox').first()).toBeVisible();
  expect(await page.evaluate(controlsWithDefaultLook)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(columns).toHaveAttribute('aria-expanded', 'false');
  await expect(columns).toBeFocused();
  await columns.click();
  await page.getByRole('heading', { name: '2021 年度汇总工作台' }).click();
  await expect(columns).toHaveAttribute('aria-expanded', 'false');

  // A dialog: named by its title, focus on its first field (not on 关闭), 关闭 gives focus back.
  await consolidate.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '生成 2021 年度汇总报告' });
  await expect(dialog.getByLabel(/本级政府名称/)).toBeFocused();
  expect(await page.evaluate(controlsWithDefaultLook)).toEqual([]);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(consolidate).toBeFocused();
});
