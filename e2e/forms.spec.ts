import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Issue 13 item 4: the forms validate as typed (react-hook-form with the domain's zod schemas):
// the message in Chinese at the field, the submit button disabled while the form is invalid,
// an invalid 报告信息 never stored. Every journey here also works by keyboard alone.

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });
/** The message under a field: the element its input names in aria-describedby. */
async function messageOf(input: Locator): Promise<Locator> {
  await expect(input).toHaveAttribute('aria-describedby', /-error\b/);
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  return input.page().locator(`[id="${ids.find((i) => i.endsWith('-error'))}"]`);
}

/** A new draft copied from the sample; waits for the editor and for its 报告信息 form. */
async function openSample(page: Page): Promise<void> {
  await page.goto('/?demo=sample');
  await expect(page).toHaveURL(/\?report=/);
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
  await expect(page.locator('form.meta-fields[data-live]')).toBeAttached();
}

/** Waits for the change just made to be saved (the toolbar's save state). */
async function saved(page: Page): Promise<void> {
  await expect(page.locator('.save-status')).toHaveText('已保存');
}

test.describe('报告信息', () => {
  test('an empty 机关名称 is refused at the field and never stored', async ({ page }) => {
    await openSample(page);
    const agency = field(page, 'meta.agency');
    await agency.fill('平湖市科学技术局');
    await agency.press('Tab');
    await saved(page);

    await agency.fill('');
    await expect(await messageOf(agency)).toHaveText('请填写机关名称');
    await expect(agency).toHaveAttribute('aria-invalid', 'true');
    await agency.press('Tab');
    await expect(agency).toHaveValue('');
    await expect(await messageOf(agency)).toBeVisible();

    await page.reload();
    await expect(field(page, 'meta.agency')).toHaveValue('平湖市科学技术局');
    await expect(field(page, 'meta.agency')).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('by keyboard: Enter commits a valid year, Esc drops an invalid one, undo follows', async ({
    page,
  }) => {
    await openSample(page);
    const year = field(page, 'meta.year');
    const title = field(page, 'meta.title');
    await year.focus();
    await year.press('ControlOrMeta+a');
    await page.keyboard.type('20x1');
    await expect(await messageOf(year)).toHaveText('年度应为四位数字，如 2024');
    await page.keyboard.press('Escape');
    await expect(year).toHaveValue('2021');
    await expect(year).not.toHaveAttribute('aria-invalid', 'true');

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2007');
    await expect(await messageOf(year)).toContainText('2008 年');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2022');
    await expect(year).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Enter');
    await expect(title).toHaveAttribute('placeholder', /2022年度/);
    await saved(page);

    // Undo changes the stored year from outside the form: the field follows.
    await button(page, '撤销').click();
    await expect(year).toHaveValue('2021');
    await expect(title).toHaveAttribute('placeholder', /2021年度/);
    await button(page, '重做').click();
    await expect(year).toHaveValue('2022');
  });

  test('a 成文日期 picked is stored, and read back after a reload', async ({ page }) => {
    await openSample(page);
    const date = field(page, 'meta.publishedOn');
    await date.fill('2022-01-20');
    await date.press('Enter'); // Tab would move between the date's own parts
    await expect(date).toHaveValue('2022-01-20');
    await saved(page);
    await page.reload();
    await expect(field(page, 'meta.publishedOn')).toHaveValue('2022-01-20');
  });
});

test('确认无误 asks for a reason of 2 characters at least, by keyboard', async ({ page }) => {
  await openSample(page);
  const entry = page.locator('li', { has: page.locator('[data-rule="feeReported"]') });
  await button(entry, '确认无误').focus();
  await page.keyboard.press('Enter');
  const reason = entry.getByRole('textbox', { name: '确认理由' });
  await expect(reason).toBeFocused();
  await expect(button(entry, '保存')).toBeDisabled();
  await page.keyboard.type('无');
  await expect(await messageOf(reason)).toHaveText('请至少写 2 个字，说明原因');
  await page.keyboard.press('Enter');
  await expect(reason).toBeVisible(); // not saved
  await page.keyboard.press('Backspace');
  await expect(await messageOf(reason)).toHaveText('请填写确认无误的理由');
  await page.keyboard.type('本年未收取信息处理费');
  await expect(button(entry, '保存')).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(entry).toContainText('已确认：本年未收取信息处理费');
});

async function setIdentity(page: Page, name: string, role: '填报人' | '审核人'): Promise<void> {
  const change = button(page, '更改身份');
  if (await change.isVisible()) await change.click();
  const form = page.getByRole('form', { name: '我的身份' });
  await form.getByLabel('姓名').fill(name);
  await form.getByRole('radio', { name: role }).check();
  await button(form, '保存身份').click();
  await expect(page.locator('.review-identity')).toContainText(`${name}（${role}）`);
}

/** Opens the review drawer (button 审核) once. */
async function reviewDrawer(page: Page): Promise<Locator> {
  const drawer = page.getByRole('complementary', { name: '审核' });
  if (!(await drawer.isVisible())) await button(page, '审核').click();
  await expect(drawer).toBeVisible();
  return drawer;
}

test('退回修改 needs a reason: disabled while empty, the message, then sent', async ({ page }) => {
  await openSample(page);
  // The sample's one warning is acknowledged first: 提交审核 refuses a report with open warnings.
  const entry = page.locator('li', { has: page.locator('[data-rule="feeReported"]') });
  await button(entry, '确认无误').click();
  await entry.getByRole('textbox', { name: '确认理由' }).fill('本年未收取信息处理费');
  await entry.getByRole('textbox', { name: '确认理由' }).press('Enter');
  await expect(entry).toContainText('已确认');
  await reviewDrawer(page);
  await setIdentity(page, '王小明', '填报人');
  await button(page, '提交审核').click();
  await expect(page.locator('.status-badge')).toHaveText('状态：待审核');
  await reviewDrawer(page);
  await setIdentity(page, '李主任', '审核人');

  await button(page, '退回修改').click();
  const dialog = page.getByRole('dialog', { name: '退回修改' });
  const reason = dialog.getByLabel('退回修改的理由');
  const send = button(dialog, '确认退回修改');
  await expect(send).toBeDisabled();
  await reason.fill('请');
  await expect(await messageOf(reason)).toHaveText('请至少写 2 个字，说明原因');
  await expect(send).toBeDisabled();
  await reason.fill('');
  await expect(await messageOf(reason)).toHaveText('请填写退回修改的原因');
  await reason.fill('请核对行政许可数量');
  await expect(send).toBeEnabled();
  await reason.press('ControlOrMeta+Enter'); // the keyboard's way to send
  await expect(page.locator('.status-badge')).toHaveText('状态：退回修改');
});

test('the comment editor: required text, sent by keyboard, replies too', async ({ page }) => {
  await openSample(page);
  const drawer = await reviewDrawer(page);
  await setIdentity(page, '李主任', '审核人');
  await page.locator('td[data-cell="proactive.licensing"]').click();
  const form = drawer.getByRole('group', { name: '添加意见' });
  const text = form.getByLabel('意见内容');
  const add = button(form, '添加意见');
  await expect(add).toBeDisabled();
  await text.fill(' ');
  await expect(await messageOf(text)).toHaveText('请填写意见内容');
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await text.fill('行政许可数量与台账不符，请核对。');
  await expect(add).toBeEnabled();
  await text.press('ControlOrMeta+Enter');
  await expect(page.locator('td[data-cell="proactive.licensing"]')).toHaveAttribute(
    'data-comments',
    '1',
  );
  await expect(text).toHaveValue(''); // cleared for the next one

  const thread = drawer.locator('.comment-thread').first();
  const reply = thread.getByLabel(/回复内容/);
  const send = button(thread, '发送回复');
  await expect(send).toBeDisabled();
  await reply.fill('已核对，数量无误。');
  await send.focus();
  await page.keyboard.press('Enter');
  await expect(thread).toContainText('已核对，数量无误。');
});
