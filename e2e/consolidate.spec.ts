import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, setIdentityInSettings } from './fixtures';
import {
  getCell,
  gov2021,
  reportTitle,
  sample2021,
  setAtPath,
  type ReportDocument,
} from '../src/domain';
import { importReport } from '../src/io/import-report';
import { exportJson } from '../src/io/json-export';
import { published } from '../src/io/testing/samples';

// Issue 12 item 5 in the editor: three 2024 reports imported on the start screen are summed in
// the workspace (生成汇总报告); the 汇总 opens in the editor with read-only figures and each
// cell's sources (data-sources, tooltip, 来源明细), the rules run; a source changed afterwards
// makes it say so and 重新汇总 updates the figure; a deleted source is named. And a report
// received in the workspace opens read-only with the review actions the role allows.

const CELL = 'requests.newReceived.natural';
const AGENCY = '淮安市人民政府';

type Source = { file: string; text: string; document: ReportDocument };

function source(file: string, text: string): Source {
  const r = importReport(gov2021, text);
  if (!r.ok) throw new Error(r.error);
  return { file, text, document: r.document };
}

const sources: Source[] = [
  source('hongze.txt', published('2024_huaian_hongzequ_renminzhengfu.txt')),
  source('kewei.txt', published('2024_shanghai_shi_kexuejishu_weiyuanhui.txt')),
  source('pinghu.json', exportJson(gov2021, setAtPath(sample2021, 'meta.year', 2024))),
];

/** The sources' contributions to a cell, read from their documents: above 0, largest first. */
function expectedSources(path: string, of: readonly Source[]): [string, number][] {
  return of
    .map((s): [string, number] => [s.document.meta.agency, getCell(s.document, path) ?? 0])
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
}

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const cell = (page: Page, path: string) => page.locator(`td[data-cell="${path}"]`);
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Imports a file on the start screen as a new draft; resolves to its address. */
async function importDraft(page: Page, s: Source): Promise<string> {
  await page.goto('/');
  await button(page, '导入').click();
  const dialog = page.getByRole('dialog', { name: '导入年度报告' });
  const buffer = Buffer.from(s.text, 'utf8');
  await dialog
    .getByLabel(/选择文件/)
    .setInputFiles({ name: s.file, mimeType: 'text/plain', buffer });
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/\?report=/);
  return new URL(page.url()).search;
}

/** 生成汇总报告 in the 2024 workspace over every report there; the 汇总 opens in the editor. */
async function generate(page: Page): Promise<string> {
  await page.goto('/?workspace=2024');
  await expect(page.locator('tr[data-agency]')).toHaveCount(sources.length);
  await button(page, '生成汇总报告').click();
  const dialog = page.getByRole('dialog', { name: '生成 2024 年度汇总报告' });
  await dialog.getByLabel(/本级政府名称/).fill(AGENCY);
  await dialog.getByRole('button', { name: '全选' }).click();
  await dialog.getByRole('button', { name: '生成汇总报告' }).click();
  await expect(page).toHaveURL(/\?report=/);
  return new URL(page.url()).search;
}

test('a 汇总 shows each cell’s sources, read-only, and is brought up to date', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const addresses: string[] = [];
  for (const s of sources) addresses.push(await importDraft(page, s));
  const address = await generate(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(AGENCY);
  await expect(page.getByText('本报告由 3 个机关的报告汇总生成。')).toBeVisible();
  await expect(page.locator('.stale-banner')).toHaveCount(0);

  // Figures are sums: read-only, no 填 0; narratives are the office's to write.
  await expect(field(page, CELL)).toHaveJSProperty('readOnly', true);
  await expect(field(page, 'proactive.feeAmount')).toHaveJSProperty('readOnly', true);
  await expect(page.locator('[data-action="fill-zero"]')).toHaveCount(0);
  await expect(field(page, 'overview.proactive')).toBeEditable();
  const expected = expectedSources(CELL, sources);
  const total = expected.reduce((n, [, v]) => n + v, 0);
  await expect(field(page, CELL)).toHaveValue(String(total));
  await field(page, CELL).press('Delete');
  await expect(field(page, CELL)).toHaveValue(String(total));

  // One cell's sources: data-sources, the tooltip on focus, the panel.
  const attribute = await cell(page, CELL).getAttribute('data-sources');
  expect(JSON.parse(attribute ?? 'null')).toEqual(expected);
  const lines = expected.map(([agency, v]) => `${agency} → ${v}`);
  await page.mouse.move(0, 0); // over the toolbar: the tooltip is the focused cell's, not a hovered one's
  await field(page, CELL).focus();
  await expect(page.getByRole('tooltip').locator('li')).toHaveText(lines);
  await expect(field(page, CELL)).toHaveAccessibleDescription(new RegExp(lines[0] ?? '$^'));
  await button(page, '来源明细').click();
  const panel = page.getByRole('complementary', { name: '来源明细' });
  await expect(panel.locator('.sources-cell li')).toHaveText(lines);
  await page.setViewportSize({ width: 1280, height: 800 });
  await field(page, CELL).focus();
  await page.screenshot({ path: testInfo.outputPath('consolidated-panel.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // One drawer at a time: 审核 closes 来源明细, and 来源明细 closes 审核.
  const review = page.getByRole('complementary', { name: '审核' });
  await button(page, '审核').click();
  await expect(review).toBeVisible();
  await expect(panel).toHaveCount(0);
  await button(page, '来源明细').click();
  await expect(panel).toBeVisible();
  await expect(review).toHaveCount(0);
  await expect(page.locator('aside.ui-drawer')).toHaveCount(1);

  // The rules run on the result as on any report.
  await expect(page.locator('.problem-list [data-rule]').first()).toBeAttached();

  // A source changes: the 汇总 says so, and 重新汇总 updates the figure (and names the source
  // that now has an error).
  const pinghu = sources[2]?.document;
  if (!pinghu) throw new Error('no third source');
  const before = getCell(pinghu, CELL) ?? 0;
  await page.goto(`/${addresses[2] ?? ''}`);
  await field(page, CELL).fill(String(before + 10));
  await field(page, CELL).press('Tab');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.goto(`/${address}`);
  const banner = page.locator('.stale-banner');
  await expect(banner).toContainText(`汇总后，以下来源报告已有修改：${pinghu.meta.agency}`);
  await banner.getByRole('button', { name: '重新汇总' }).click();
  await expect(field(page, CELL)).toHaveValue(String(total + 10));
  await expect(banner).toHaveCount(0);
  await expect(page.locator('.consolidation-done')).toContainText('已重新汇总');
  await expect(page.locator('.consolidation-done')).toContainText(pinghu.meta.agency);
  await button(page, '历史版本').click();
  await expect(page.getByRole('row').filter({ hasText: '重新汇总前的版本' })).toHaveCount(1);

  // A source goes to the 回收站, then is deleted for good: the banner names it each time.
  const kewei = sources[1]?.document;
  if (!kewei) throw new Error('no second source');
  await page.goto('/');
  await page.getByRole('button', { name: `删除：${reportTitle(kewei)}` }).click();
  // The move is stored once the list shows it: leaving before would race the write.
  await expect(button(page, '回收站（1）')).toBeVisible();
  await page.goto(`/${address}`);
  await expect(banner).toContainText(`以下来源报告已移入回收站：${kewei.meta.agency}`);
  await page.goto('/');
  await button(page, '回收站（1）').click();
  await button(page, '清空回收站').click();
  await button(page, '确定清空').click();
  await expect(page.getByText('回收站是空的。')).toBeVisible();
  await page.goto(`/${address}`);
  await expect(banner).toContainText(`已被彻底删除或无法读取：${kewei.meta.agency}`);
});

test('a report received in the workspace opens read-only, with the reviewer’s actions', async ({
  page,
}) => {
  await page.goto('/?workspace=2024');
  await setIdentityInSettings(page, '王审核', '审核人');
  const hongze = sources[0];
  if (!hongze) throw new Error('no source');
  await page
    .locator('.receive-panel input[type="file"]')
    .setInputFiles({ name: hongze.file, mimeType: 'text/plain', buffer: Buffer.from(hongze.text) });
  const row = page.locator(`tr[data-agency="${hongze.document.meta.agency}"]`);
  await row.getByRole('link', { name: hongze.document.meta.agency }).click();
  await expect(page).toHaveURL(/\?report=/);
  await expect(page.getByRole('note').filter({ hasText: '这是收到的报告' })).toBeVisible();
  await expect(field(page, CELL)).toBeDisabled();
  await expect(field(page, 'overview.proactive')).toBeDisabled();
  await expect(page.locator('[data-action="approve"]')).toBeVisible();
  await button(page, '退回修改').click();
  await page.getByLabel(/退回修改的理由/).fill('请核对表三');
  await page.getByRole('button', { name: '确认退回修改' }).click();
  await expect(page.locator('.status-badge')).toContainText('退回修改');
  // Returned, it is still the department's to fix: here it stays read-only.
  await expect(field(page, CELL)).toBeDisabled();
});
