import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import {
  consolidate,
  getCell,
  gov2021,
  reportTitle,
  sample2021,
  setAtPath,
  type ReportDocument,
} from '../src/domain';
import { createBackup, emptyReview, type ReportRecord } from '../src/domain/drafts';
import { importReport } from '../src/io/import-report';
import { published } from '../src/io/testing/samples';

// Issue 12 item 5 in the editor: a 汇总 opens like any report, its figures read-only with each
// cell's sources (data-sources, tooltip, 来源明细), the rules run; a source changed or deleted
// afterwards makes it say so, and 重新汇总 brings the figures up to date.

const CELL = 'requests.newReceived.natural';
const AGENCY = '淮安市人民政府';

function imported(name: string): ReportDocument {
  const r = importReport(gov2021, published(name));
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

const sources: { id: string; document: ReportDocument }[] = [
  { id: 'src-hongze', document: imported('2024_huaian_hongzequ_renminzhengfu.txt') },
  { id: 'src-kewei', document: imported('2024_shanghai_shi_kexuejishu_weiyuanhui.txt') },
  {
    id: 'src-pinghu',
    document: setAtPath(setAtPath(sample2021, 'meta.year', 2024), CELL, 3),
  },
];

function record(
  id: string,
  document: ReportDocument,
  extra: Partial<ReportRecord> = {},
): ReportRecord {
  const at = '2025-01-20T08:00:00.000Z';
  return {
    id,
    document,
    rev: 1,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    acknowledgements: [],
    problems: null,
    review: emptyReview(),
    consolidation: null,
    origin: null,
    ...extra,
  };
}

/** A backup with the three 2024 reports and their 汇总, as the workspace would have made it. */
function backupText(): string {
  const result = consolidate(
    gov2021,
    sources.map((s) => ({ key: s.id, document: s.document })),
    { agency: AGENCY, year: 2024, allowErrors: sources.map((s) => s.id) },
  );
  if (!result.ok) throw new Error(result.refusals.map((r) => r.message).join());
  const records = [
    ...sources.map((s) => record(s.id, s.document)),
    record('huizong', result.document, { consolidation: result.consolidation }),
  ];
  return JSON.stringify(createBackup(records, '2025-01-20T08:00:00.000Z'));
}

/** The sources' contributions to a cell, read from their documents: above 0, largest first. */
function expectedSources(path: string, of = sources): [string, number][] {
  return of
    .map((s): [string, number] => [s.document.meta.agency, getCell(s.document, path) ?? 0])
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
}

async function seed(page: Page) {
  await page.goto('/');
  const buffer = Buffer.from(backupText(), 'utf8');
  await page
    .getByLabel('从备份文件恢复')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
  await expect(page.getByRole('status').filter({ hasText: '新增 4 份' })).toBeVisible();
}

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const cell = (page: Page, path: string) => page.locator(`td[data-cell="${path}"]`);

test('a 汇总 shows each cell’s sources, read-only, and can be brought up to date', async ({
  page,
}, testInfo) => {
  await seed(page);
  await page.goto('/?report=huizong');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(AGENCY);
  await expect(page.getByText('本报告由 3 个机关的报告汇总生成。')).toBeVisible();
  await expect(page.locator('.stale-banner')).toHaveCount(0);

  // Figures are sums: read-only, no 填 0; narratives are the office's to write.
  await expect(field(page, CELL)).toHaveJSProperty('readOnly', true);
  await expect(field(page, 'proactive.licensing')).toHaveJSProperty('readOnly', true);
  await expect(page.locator('[data-action="fill-zero"]')).toHaveCount(0);
  await expect(field(page, 'overview.proactive')).toBeEditable();
  const total = expectedSources(CELL).reduce((n, [, v]) => n + v, 0);
  await expect(field(page, CELL)).toHaveValue(String(total));
  await field(page, CELL).press('Delete');
  await expect(field(page, CELL)).toHaveValue(String(total));

  // One cell's sources: data-sources, the tooltip on focus, the panel.
  const expected = expectedSources(CELL);
  const attribute = await cell(page, CELL).getAttribute('data-sources');
  expect(JSON.parse(attribute ?? 'null')).toEqual(expected);
  const lines = expected.map(([agency, v]) => `${agency} → ${v}`);
  await field(page, CELL).focus();
  const tip = page.getByRole('tooltip');
  await expect(tip.locator('li')).toHaveText(lines);
  await expect(field(page, CELL)).toHaveAccessibleDescription(new RegExp(lines[0] ?? ''));
  await page.getByRole('button', { name: '来源明细' }).click();
  const panel = page.getByRole('complementary', { name: '来源明细' });
  await expect(panel.locator('.sources-cell li')).toHaveText(lines);
  await page.setViewportSize({ width: 1280, height: 800 });
  await field(page, CELL).focus();
  await page.screenshot({ path: testInfo.outputPath('consolidated-panel.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // The rules run on the result as on any report.
  await expect(page.locator('.problem-list')).toBeVisible();
  await expect(page.locator('.problem-list [data-rule]').first()).toBeAttached();

  // A source changes: the 汇总 says so, and 重新汇总 updates the figure.
  await page.goto('/?report=src-pinghu');
  await field(page, CELL).fill('10');
  await field(page, CELL).press('Tab');
  await expect(page.locator('.save-status')).toHaveText('已保存');
  await page.goto('/?report=huizong');
  const banner = page.locator('.stale-banner');
  await expect(banner).toContainText('汇总后，以下来源报告已有修改：平湖市科技局');
  await banner.getByRole('button', { name: '重新汇总' }).click();
  await expect(field(page, CELL)).toHaveValue(String(total - 3 + 10));
  await expect(banner).toHaveCount(0);
  await expect(page.getByText('已重新汇总，表格数字已更新。')).toBeVisible();
  await page.getByRole('button', { name: '历史版本' }).click();
  await expect(page.getByRole('row').filter({ hasText: '重新汇总前的版本' })).toHaveCount(1);

  // A source goes to the 回收站: the banner names it.
  await page.goto('/');
  const kewei = sources[1]?.document;
  if (!kewei) throw new Error('no second source');
  await page.getByRole('button', { name: `删除：${reportTitle(kewei)}` }).click();
  await page.goto('/?report=huizong');
  await expect(banner).toContainText(`以下来源报告已移入回收站：${kewei.meta.agency}`);
});
