import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { test, expect, setIdentityInSettings } from './fixtures';

// Issue 12, a supervisor's end of January at the 政务公开办: the six published reports and one
// junk file dropped at once; the rows, their errors and a 未报送 roster name; a near miss
// confirmed; a report with errors returned, and 定稿 refused for one; the table as .xlsx and
// CSV, the 审核包 as one .zip; a 汇总 generated and opened in the editor.

const PUBLISHED = new URL('../../shared/samples/published/', import.meta.url);
const samples = readdirSync(PUBLISHED)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, PUBLISHED), 'utf8') }));
const junk = { name: '会议纪要.txt', text: '关于召开年终总结会议的通知\n请各科室准时参加。\n' };

const HONGZE = '淮安市洪泽区人民政府';
const KEWEI = '上海市科委';
const ROSTER = [HONGZE, '上海市科学技术委员会', '淮安市洪泽区财政局'];

const row = (page: Page, agency: string) => page.locator(`tr[data-agency="${agency}"]`);
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Drops files on the page as the file manager would (a DataTransfer carrying Files). */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const main = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop'])
      main.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
  }, files);
}

/** 我的身份 is set in 设置 (top bar); the list says who its batch actions are recorded under. */
async function setReviewer(page: Page): Promise<void> {
  await expect(page.locator('.workspace-actor')).toContainText('请先在右上角“设置”中填写我的身份');
  await setIdentityInSettings(page, '王审核', '审核人');
  await expect(page.locator('.workspace-actor')).toContainText('操作人：王审核（审核人）');
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

async function select(page: Page, agencies: string[]): Promise<void> {
  const boxes = page.locator('tbody input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  for (const a of agencies) await page.getByRole('checkbox', { name: `选择 ${a}` }).check();
}

test('a supervisor receives, checks, returns, exports and consolidates a year', async ({
  page,
  cjkGuard,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?workspace=2024');
  await cjkGuard();
  await expect(page.getByRole('heading', { name: '2024 年度汇总工作台' })).toBeVisible();

  // The roster, pasted one per line (numbering is dropped).
  await page.getByLabel(/应报送的机关/).fill(ROSTER.map((n, i) => `${i + 1}. ${n}`).join('\n'));
  await button(page, '保存名单').click();
  await expect(page.locator('.roster-count')).toHaveText('共 3 个机关');

  // 1. Six published reports and one junk file dropped at once.
  await dropFiles(page, [...samples, junk]);
  const lines = page.getByRole('list', { name: '接收结果' }).locator('li');
  await expect(lines).toHaveCount(7);
  await expect(page.locator('.receive-summary')).toContainText('新增 6 个，未导入 1 个');
  await expect(lines.filter({ hasText: junk.name })).toContainText('未导入');
  await expect(lines.filter({ hasText: '2023_suqian' })).toContainText('已放入 2023 年工作台');

  // 2. The rows of 2024, their errors, a roster name without a report.
  await expect(row(page, HONGZE).locator('.workspace-status')).toHaveText('已收到');
  await expect(row(page, KEWEI).locator('[data-kind="errors"]')).toHaveText('6');
  await expect(row(page, KEWEI)).toContainText('无上年');
  await expect(row(page, '淮安市洪泽区财政局')).toContainText('未报送');
  // A near miss is offered, not merged: until confirmed, the roster name stays 未报送.
  await expect(row(page, '上海市科学技术委员会')).toContainText('未报送');
  await expect(page.locator('.workspace-counts')).toContainText('已收 1 / 应收 3');
  await page
    .getByRole('button', { name: '「上海市科学技术委员会」与「上海市科委」是同一机关' })
    .click();
  await expect(row(page, '上海市科学技术委员会')).toHaveCount(0);
  await expect(page.locator('.workspace-counts')).toContainText('已收 2 / 应收 3');
  await expect(page.locator('.workspace-counts')).toContainText('错误 7 个');

  // Sort by 错误 with the keyboard: most errors first, then fewest first; 未报送 stays last.
  await page.getByRole('button', { name: '错误', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-agency', KEWEI);
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr').first()).toHaveAttribute('data-agency', HONGZE);
  await expect(page.locator('tbody tr').last()).toContainText('未报送');

  // 3. Return one report that has errors; 定稿 of one with errors is refused, with the reason.
  await setReviewer(page);
  await select(page, [HONGZE]);
  await button(page, '批量退回').click();
  const dialog = page.getByRole('dialog', { name: '批量退回修改' });
  await dialog.getByLabel(/退回理由/).fill('（二）改进情况未填写，请补充后重新报送。');
  await dialog.getByRole('button', { name: '退回 1 份报告' }).click();
  await expect(row(page, HONGZE).locator('.workspace-status')).toHaveText('退回修改');
  await select(page, [KEWEI]);
  await button(page, '批量定稿').click();
  await expect(page.locator('.batch-refusals')).toContainText(`${KEWEI}：还有 6 个错误`);
  await expect(row(page, KEWEI).locator('.workspace-status')).toHaveText('已收到');

  // 5. The table as .xlsx and CSV, the 审核包 as one .zip.
  const xlsx = await download(page, () => button(page, '导出 Excel').click());
  expect(xlsx.suggestedFilename()).toBe('2024年度汇总工作台.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await xlsx.path());
  const sheet = book.worksheets[0];
  const header = sheet?.getRow(1).values as unknown[];
  expect(header.slice(1, 3)).toEqual(['机关', '状态']);
  const kewei = sheet?.getRows(2, 4)?.find((r) => r.getCell(1).value === KEWEI);
  expect(kewei?.getCell(3).value).toBe(6);
  expect(kewei?.getCell(6).value).toBe(34); // 本年新收, a number cell

  const csv = await download(page, () => button(page, '导出 CSV').click());
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF机关,状态,错误')).toBe(true);
  expect(csvText).toContain('淮安市洪泽区财政局,未报送');

  await select(page, [HONGZE, KEWEI]);
  const zip = await download(page, () => button(page, '导出审核包').click());
  expect(zip.suggestedFilename()).toBe('2024年度审核包（2份）.zip');
  const entries = unzipSync(readFileSync(await zip.path()));
  const names = Object.keys(entries);
  expect(names).toHaveLength(2);
  expect(names.some((n) => n.includes('（退回修改）审核包.json'))).toBe(true);
  const pkg = JSON.parse(strFromU8(entries[names[0] ?? ''] ?? new Uint8Array())) as {
    kind: string;
  };
  expect(pkg.kind).toBe('gov-info-disclosure-annual-report-review');

  // Another year's report went to its own year's workspace.
  await page.getByLabel('年度', { exact: true }).selectOption('2023');
  await expect(page.getByRole('heading', { name: '2023 年度汇总工作台' })).toBeVisible();
  await expect(row(page, '沭阳县发展和改革局')).toBeVisible();
  await page.getByLabel('年度', { exact: true }).selectOption('2024');

  // 4. Consolidate 2024: nothing is selected by default (both have errors); adding them is
  // named in a warning; the 汇总 opens in the editor.
  await button(page, '生成汇总报告').click();
  const consolidate = page.getByRole('dialog', { name: '生成 2024 年度汇总报告' });
  await expect(consolidate.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await consolidate.getByLabel(/本级政府名称/).fill('淮安市人民政府');
  await consolidate.getByRole('button', { name: '全选' }).click();
  await expect(consolidate.locator('.workspace-warning')).toContainText(HONGZE);
  await consolidate.getByRole('button', { name: '生成汇总报告' }).click();
  await expect(page).toHaveURL(/\?report=/);
  await expect(page.locator('[name="meta.agency"]')).toHaveValue('淮安市人民政府');
});

test('the workspace is usable with the keyboard and has no serious accessibility problem', async ({
  page,
}) => {
  await page.goto('/?workspace=2024');
  await expect(page.getByRole('heading', { name: '2024 年度汇总工作台' })).toBeVisible();
  await dropFiles(page, samples);
  await expect(page.locator('tr[data-agency]')).toHaveCount(2);

  // Select a row and open a dialog with the keyboard; Esc closes it and focus comes back.
  await page.getByRole('checkbox', { name: `选择 ${KEWEI}` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('已选 1 份')).toBeVisible();
  const open = button(page, '生成汇总报告');
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '生成 2024 年度汇总报告' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/本级政府名称/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
