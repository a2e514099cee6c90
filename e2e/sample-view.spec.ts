import { expect, test } from './fixtures';

const SECTION_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

test.describe('first screen: the 2021 sample report, read-only', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?view=sample');
  });

  test('shows the app name, the report title and the six sections in order', async ({ page }) => {
    await expect(page).toHaveTitle('政府信息公开工作年度报告编辑器');
    await expect(
      page.getByRole('heading', { level: 1, name: /政府信息公开工作年度报告编辑器/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: '平湖市科技局2021年度政府信息公开工作年度报告' }),
    ).toBeVisible();
    for (const title of SECTION_TITLES) {
      await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
    }
    await expect(page.locator('.report-section > h3')).toHaveText(SECTION_TITLES);
  });

  test('shows the figures of table 2 and the computed totals of table 3', async ({ page }) => {
    const row = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: /规范性文件/ }),
    });
    await expect(row.locator('[data-field="proactive.normativeDocuments.issued"]')).toHaveText('2');
    await expect(row.locator('[data-field="proactive.normativeDocuments.inForce"]')).toHaveText(
      '6',
    );
    const total = page.locator('[data-computed="requests.resultsTotal.total"]');
    await expect(total).toHaveText('0');
    // Tables are real tables, and nothing in the view can be edited.
    await expect(page.getByRole('table')).toHaveCount(3);
    await expect(page.locator('input, textarea, [contenteditable="true"]')).toHaveCount(0);
  });

  test('renders Chinese with a real CJK font (no tofu)', async ({ cjkGuard }) => {
    await cjkGuard();
  });
});
