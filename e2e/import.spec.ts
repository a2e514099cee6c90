import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  computeTotals,
  formatCellValue,
  getCell,
  getNarrative,
  gov2021,
  listComputedCells,
  listInputCells,
  sample2021,
  setAtPath,
  type ReportDocument,
} from '../src/domain';
import { exportJson } from '../src/io/json-export';
import { importReport } from '../src/io/import-report';
import { published } from '../src/io/testing/samples';
import { publishedWebPage } from '../src/io/testing/web-page';

// Issue 5: import from the browser, on the start screen `/` with its 导入 button. Accepting
// stores a new draft and opens its editor (`?report=<id>`), where every figure is checked; a
// refused file creates nothing. (e2e/import-drafts.spec.ts has the basic stored-draft flows.)

const HONGZE_2023 = '2023_huaian_hongzequ_renminzhengfu.txt';

// A PNG signature, an IHDR chunk and an IDAT header: binary, as any image is.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

const rows = (page: Page) => page.locator('.drafts-table tbody tr');
const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const reportId = (page: Page) => new URL(page.url()).searchParams.get('report');

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入年度报告' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function chooseFile(dialog: Locator, name: string, content: string | Buffer): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await dialog.getByLabel(/选择文件/).setInputFiles({ name, mimeType: 'text/plain', buffer });
}

function imported(content: string): ReportDocument {
  const r = importReport(gov2021, content);
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

/** Every input cell of the editor by its field path, and its value. */
function inputsShown(page: Page): Promise<Record<string, string>> {
  return page
    .locator('input[data-grid-cell]')
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((c) => [c.getAttribute('name'), (c as HTMLInputElement).value])),
    );
}

/** Every computed (总计) cell of the editor by its field path, and its text. */
function totalsShown(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-computed]')
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((c) => [c.getAttribute('data-computed'), c.textContent ?? ''])),
    );
}

/** The editor the import opened shows the meta, every figure, every total and a narrative of `doc`. */
async function expectEditorShows(page: Page, doc: ReportDocument): Promise<void> {
  await expect(page).toHaveURL(/\?report=[\w-]+$/);
  await expect(field(page, 'meta.agency')).toHaveValue(doc.meta.agency);
  await expect(field(page, 'meta.year')).toHaveValue(String(doc.meta.year));
  const inputs = Object.fromEntries(
    listInputCells(gov2021).map((c) => [c.path, formatCellValue(getCell(doc, c.path))]),
  );
  await expect.poll(() => inputsShown(page)).toEqual(inputs);
  const totals = computeTotals(gov2021, doc);
  const computed = Object.fromEntries(
    listComputedCells(gov2021).map((c) => [c.path, String(totals[c.path])]),
  );
  await expect.poll(() => totalsShown(page)).toEqual(computed);
  await expect(field(page, 'overview.proactive')).toHaveValue(
    getNarrative(doc, 'overview.proactive'),
  );
}

test.describe('import on the start screen', () => {
  for (const [item, ext] of [
    ['文本 (.txt)', 'txt'],
    ['JSON (.json)', 'json'],
    ['打印版 (.html)', 'html'],
  ] as const) {
    test(`imports the exported .${ext} back to the same report`, async ({ page }) => {
      await page.goto('/?demo=sample');
      await expect(field(page, 'requests.newReceived.natural')).toBeVisible();
      const original = reportId(page);
      await page.getByRole('button', { name: '导出', exact: true }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      const content = readFileSync(await file.path(), 'utf8');

      await page.goto('/');
      await expect(rows(page)).toHaveCount(1);
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
      if (ext === 'json') {
        // A JSON file of the sample's agency and year asks first; keep both.
        await dialog.getByRole('alertdialog').getByRole('button', { name: '另建新草稿' }).click();
      }

      await expectEditorShows(page, sample2021);
      expect(reportId(page)).not.toBe(original);
      await page.goto('/');
      await expect(rows(page)).toHaveCount(2);
    });
  }

  test('reads a pasted web page and lists the printed totals of 洪泽区 2023', async ({ page }) => {
    const text = published(HONGZE_2023);
    await page.goto('/');
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
    await expectEditorShows(page, imported(text));
    await expect(page.locator('[data-computed="appeals.reconsideration.total"]')).toHaveText('11');
  });

  test('reads typed or plainly pasted text with the button', async ({ page }) => {
    const text = published(HONGZE_2023);
    await page.goto('/');
    const dialog = await openImport(page);
    await dialog.getByLabel('粘贴报告文字或网页').fill(text);
    await dialog.getByRole('button', { name: '读取粘贴的内容' }).click();
    await expect(dialog.getByTestId('import-agency')).toContainText('洪泽区人民政府');
    await expect(dialog.locator('li[data-rule="printedTotal"]')).toHaveCount(2);
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    await expectEditorShows(page, imported(text));
  });

  test('refuses a PNG renamed to .txt and creates nothing', async ({ page }) => {
    await page.goto('/');
    const dialog = await openImport(page);
    await chooseFile(dialog, '年度报告.txt', PNG);
    await expect(dialog.getByRole('alert')).toContainText('可能是图片');
    await expect(dialog.locator('.import-summary')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '创建草稿' })).toHaveCount(0);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '导入', exact: true })).toBeFocused();
    await expect(page).not.toHaveURL(/\?report=/);
    await page.reload();
    await expect(page.getByText('还没有报告')).toBeVisible();
    await expect(rows(page)).toHaveCount(0);
  });

  test('refuses text that is not a report and creates nothing', async ({ page }) => {
    await page.goto('/');
    const dialog = await openImport(page);
    await chooseFile(dialog, 'notes.txt', '会议纪要\n\n今天讨论了网站改版。\n');
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expect(dialog.locator('.import-summary')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '创建草稿' })).toHaveCount(0);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(rows(page)).toHaveCount(0);
  });

  test('a JSON file replaces a report made in the editor, which keeps the old version', async ({
    page,
  }) => {
    await page.goto('/?demo=sample');
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('0');
    const address = page.url();

    await page.goto('/');
    const changed = setAtPath(sample2021, 'requests.newReceived.natural', 4);
    const dialog = await openImport(page);
    await chooseFile(dialog, 'b.json', exportJson(gov2021, changed, { status: 'draft' }));
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    const question = dialog.getByRole('alertdialog');
    await expect(question).toContainText('已有同名报告');
    await expect(question).toContainText('旧版本会保存在历史记录中');
    await question.getByRole('button', { name: '替换' }).click();
    await expect(page).toHaveURL(address);
    await expectEditorShows(page, changed);

    // Stored, not only shown: a reload still has it.
    await page.reload();
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('4');

    // The version before the import is in the history and restores the old figure.
    await page.getByRole('button', { name: '历史版本' }).click();
    const history = page.locator('.history-panel');
    await expect(history.getByRole('row').filter({ hasText: '导入的新版本' })).toHaveCount(1);
    const before = history.getByRole('row').filter({ hasText: '导入替换前的版本' });
    await expect(before).toHaveCount(1);
    await before.getByRole('button', { name: '查看' }).click();
    await history.getByRole('button', { name: '恢复此版本' }).click();
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('0');

    await page.goto('/');
    await expect(rows(page)).toHaveCount(1);
  });
});
