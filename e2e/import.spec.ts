import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  formatCellValue,
  getCell,
  getNarrative,
  gov2021,
  listInputCells,
  reportTitle,
  sample2021,
  type ReportDocument,
} from '../src/domain';
import { exportJson } from '../src/io/json-export';
import { importReport } from '../src/io/import-report';
import { published } from '../src/io/testing/samples';
import { publishedWebPage } from '../src/io/testing/web-page';

// Issue 5: import from the browser. `/?view=import` is the stand-in import page until the drafts
// list has its 导入 button; accepting shows the created report read-only.

const IMPORT = '/?view=import';
const HONGZE_2023 = '2023_huaian_hongzequ_renminzhengfu.txt';

// A PNG signature, an IHDR chunk and an IDAT header: binary, as any image is.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

function dialogOf(page: Page): Locator {
  return page.getByRole('dialog', { name: '导入年度报告' });
}

async function openImport(page: Page, navigate = true): Promise<Locator> {
  if (navigate) await page.goto(IMPORT);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

async function chooseFile(dialog: Locator, name: string, content: string | Buffer): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await dialog.getByLabel(/选择文件/).setInputFiles({ name, mimeType: 'text/plain', buffer });
}

/** The created report on the page has the figures and narratives of `doc`. */
async function expectShown(page: Page, doc: ReportDocument): Promise<void> {
  const view = page.locator('.report-view');
  await expect(view.getByRole('heading', { name: reportTitle(doc) })).toBeVisible();
  const shown = await view
    .locator('[data-field]')
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((c) => [c.getAttribute('data-field'), c.textContent ?? ''])),
    );
  const expected = Object.fromEntries(
    listInputCells(gov2021).map((c) => [c.path, formatCellValue(getCell(doc, c.path))]),
  );
  expect(shown).toEqual(expected);
  await expect(view.locator('[data-narrative="overview.proactive"]')).toContainText(
    getNarrative(doc, 'overview.proactive').slice(0, 30),
  );
}

test.describe('import', () => {
  for (const [item, ext] of [
    ['文本 (.txt)', 'txt'],
    ['JSON (.json)', 'json'],
    ['打印版 (.html)', 'html'],
  ] as const) {
    test(`imports the exported .${ext} back to the same report`, async ({ page }) => {
      await page.goto('/?demo=sample');
      await page.getByRole('button', { name: '导出', exact: true }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      const content = readFileSync(await file.path(), 'utf8');

      const dialog = await openImport(page);
      await chooseFile(dialog, file.suggestedFilename(), content);
      await expect(dialog.getByTestId('import-agency')).toHaveText('平湖市科技局');
      await expect(dialog.getByTestId('import-year')).toHaveText('2021');
      const cells = listInputCells(gov2021).length;
      await expect(dialog.getByTestId('import-counts')).toContainText(
        `已读取 ${cells} 个数据单元格（共 ${cells} 个）`,
      );
      await expect(dialog.getByText('没有发现导入问题。')).toBeVisible();
      await dialog.getByRole('button', { name: '创建草稿' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('import-result')).toHaveText(
        `已创建草稿：${reportTitle(sample2021)}`,
      );
      await expectShown(page, sample2021);
    });
  }

  test('reads a pasted web page and lists the printed totals of 洪泽区 2023', async ({ page }) => {
    const text = published(HONGZE_2023);
    const expected = importReport(gov2021, text);
    if (!expected.ok) throw new Error(expected.error);
    const dialog = await openImport(page);
    const box = dialog.getByLabel('粘贴报告文字或网页');
    await box.focus();
    await box.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '洪泽区人民政府2023年政府信息公开工作年度报告……');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, publishedWebPage(text));

    await expect(dialog.getByTestId('import-year')).toHaveText('2023');
    await expect(box).toHaveValue(/洪泽区人民政府2023年/);
    const totals = dialog.locator('li[data-rule="printedTotal"]');
    await expect(totals).toHaveCount(2);
    await expect(totals.nth(0)).toHaveAttribute('data-fields', 'appeals.reconsideration.total');
    await expect(totals.nth(0)).toContainText('印的是 0，各项之和为 11');
    await expect(totals.nth(1)).toHaveAttribute(
      'data-fields',
      'appeals.litigationAfterReconsideration.total',
    );
    await expect(totals.nth(1)).toContainText('印的是 0，各项之和为 5');
    await expect(dialog.locator('li[data-rule="layout"]')).toContainText('（六）其他处理');

    const axe = await new AxeBuilder({ page }).include('.import-dialog').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    await expectShown(page, expected.document);
    await expect(page.locator('[data-computed="appeals.reconsideration.total"]')).toHaveText('11');
  });

  test('reads typed or plainly pasted text with the button', async ({ page }) => {
    const dialog = await openImport(page);
    await dialog.getByLabel('粘贴报告文字或网页').fill(published(HONGZE_2023));
    await dialog.getByRole('button', { name: '读取粘贴的内容' }).click();
    await expect(dialog.locator('li[data-rule="printedTotal"]')).toHaveCount(2);
  });

  test('refuses a PNG renamed to .txt and creates nothing', async ({ page }) => {
    const dialog = await openImport(page);
    await chooseFile(dialog, '年度报告.txt', PNG);
    await expect(dialog.getByRole('alert')).toContainText('这不是文本文件');
    await expect(dialog.locator('.import-summary')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '创建草稿' })).toHaveCount(0);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '导入', exact: true })).toBeFocused();
    await expect(page.getByTestId('import-result')).toHaveText('');
    await expect(page.locator('.report-view')).toHaveCount(0);
  });

  test('refuses text that is not a report and creates nothing', async ({ page }) => {
    const dialog = await openImport(page);
    await chooseFile(dialog, 'notes.txt', '会议纪要\n\n今天讨论了网站改版。\n');
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '创建草稿' })).toHaveCount(0);
  });

  test('asks before a JSON file replaces a report that already exists', async ({ page }) => {
    const json = exportJson(gov2021, sample2021, { status: 'draft' });
    let dialog = await openImport(page);
    await chooseFile(dialog, 'a.json', json);
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    await expect(page.getByTestId('import-result')).toContainText('已创建草稿');

    // The first "natural" of the file is 一、本年新收 · 自然人 (0 in the sample).
    const changed = json.replace('"natural": 0', '"natural": 4');
    dialog = await openImport(page, false);
    await chooseFile(dialog, 'b.json', changed);
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    const question = dialog.getByRole('alertdialog');
    await expect(question).toContainText('已有同名报告');
    await expect(question).toContainText('旧版本会保存在历史记录中');
    await question.getByRole('button', { name: '替换' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('import-result')).toContainText('已替换');
    await expect(page.locator('[data-field="requests.newReceived.natural"]')).toHaveText('4');
  });
});
