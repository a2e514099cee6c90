import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  computeTotals,
  createEmptyReport,
  getCell,
  gov2021,
  listComputedCells,
  listInputCells,
  sample2021,
  setAtPath,
} from '../src/domain';

// The report editor (issue 3). Field names, data-computed, aria-invalid/data-invalid and the
// problem list's data-rule/data-fields are the contract of report-format.md.

const SAMPLE = '/?demo=sample';
const EMPTY = '/?demo=sample&new=1';

const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const computed = (page: Page, path: string) => page.locator(`[data-computed="${path}"]`);

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(field(page, 'requests.newReceived.natural')).toBeVisible();
}

/** Dispatches a paste of `text` on the focused element, as Excel/WPS put it on the clipboard. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(ev);
  }, text);
}

test.describe('report editor', () => {
  test('typing the sample numbers into an empty report shows every total', async ({ page }) => {
    // 166 cells filled one by one, as a person does: on 2 busy cores this outgrows 30 s.
    test.slow();
    await open(page, EMPTY);
    let doc = sample2021;
    const extra: Record<string, number> = {
      'requests.newReceived.natural': 5,
      'requests.carriedOver.natural': 1,
      'requests.granted.natural': 3,
      'requests.denied.stateSecret.natural': 1,
      'requests.carriedForward.natural': 2,
      'requests.newReceived.legalService': 1,
      'requests.unavailable.notHeld.legalService': 1,
      'appeals.reconsideration.upheld': 1,
      'appeals.reconsideration.corrected': 2,
      'appeals.directLitigation.pending': 4,
    };
    for (const [p, v] of Object.entries(extra)) doc = setAtPath(doc, p, v);
    for (const cell of listInputCells(gov2021)) {
      await field(page, cell.path).fill(String(getCell(doc, cell.path)));
    }
    await field(page, 'meta.agency').focus();
    const totals = computeTotals(gov2021, doc);
    for (const cell of listComputedCells(gov2021)) {
      await expect(computed(page, cell.path)).toHaveText(String(totals[cell.path]));
    }
    await expect(computed(page, 'requests.resultsTotal.total')).toHaveText('5');
    await expect(page.locator('[data-rule="balance"]')).toHaveCount(0);
  });

  test('totals follow every keystroke, before the cell is left', async ({ page }) => {
    await open(page, SAMPLE);
    const cell = field(page, 'requests.denied.internalAffairs.research');
    await cell.focus();
    await page.keyboard.type('1');
    await expect(computed(page, 'requests.resultsTotal.research')).toHaveText('1');
    await page.keyboard.type('2');
    await expect(computed(page, 'requests.resultsTotal.research')).toHaveText('12');
    await expect(computed(page, 'requests.resultsTotal.total')).toHaveText('12');
    // The total is already updated when the input event returns (speed itself is for `npm run bench`).
    const shown = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[name="requests.granted.natural"]')!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      input.focus();
      setter.call(input, '7');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '7' }));
      return document.querySelector('[data-computed="requests.resultsTotal.natural"]')!.textContent;
    });
    expect(shown).toBe('7');
  });

  test('a broken balance marks its column and is listed; following the entry and fixing it clears it', async ({
    page,
  }) => {
    await open(page, SAMPLE);
    await field(page, 'requests.newReceived.commercial').fill('3');
    await field(page, 'requests.newReceived.commercial').press('Enter');
    for (const p of [
      'requests.newReceived.commercial',
      'requests.carriedOver.commercial',
      'requests.carriedForward.commercial',
    ]) {
      await expect(field(page, p)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(computed(page, 'requests.resultsTotal.commercial')).toHaveAttribute(
      'data-invalid',
      'true',
    );
    await expect(field(page, 'requests.newReceived.natural')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const entry = page.locator(
      '[data-rule="balance"][data-fields~="requests.newReceived.commercial"]',
    );
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('商业企业');
    // The message is reachable from the cell.
    const describedBy = await field(page, 'requests.newReceived.commercial').getAttribute(
      'aria-describedby',
    );
    expect(describedBy).toBeTruthy();
    await expect(page.locator(`[id="${describedBy}"]`)).toContainText('相差 3');
    const computedDesc = await computed(page, 'requests.resultsTotal.commercial').getAttribute(
      'aria-describedby',
    );
    await expect(page.locator(`[id="${computedDesc}"]`)).toContainText('相差 3');
    // The section navigator counts it (the 总计 column fails with it).
    await expect(page.locator('[data-section="requests"] .nav-count')).toHaveAttribute(
      'data-errors',
      '2',
    );

    await field(page, 'meta.agency').focus();
    await entry.click();
    await expect(field(page, 'requests.newReceived.commercial')).toBeFocused();

    await field(page, 'requests.granted.commercial').fill('3');
    await field(page, 'requests.granted.commercial').press('Tab');
    await expect(page.locator('[data-rule="balance"]')).toHaveCount(0);
    await expect(field(page, 'requests.newReceived.commercial')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(computed(page, 'requests.resultsTotal.commercial')).not.toHaveAttribute(
      'data-invalid',
      'true',
    );
    await expect(computed(page, 'requests.resultsTotal.commercial')).toHaveText('3');
  });

  test('pastes a block from Excel/WPS with 1,234 and full-width digits, and undoes it in one step', async ({
    page,
  }) => {
    await open(page, SAMPLE);
    await field(page, 'requests.granted.natural').focus();
    await paste(page, '1,234\t１２\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\t\r\n');
    const expected = [
      ['requests.granted', [1234, 12, 3, 4]],
      ['requests.partiallyGranted', [5, 6, 7, 8]],
      ['requests.denied.stateSecret', [9, 10, 11, 12]],
    ] as const;
    const cols = ['natural', 'commercial', 'research', 'nonprofit'];
    for (const [row, values] of expected) {
      for (const [i, v] of values.entries()) {
        await expect(field(page, `${row}.${cols[i]}`)).toHaveValue(String(v));
      }
    }
    await expect(computed(page, 'requests.granted.total')).toHaveText('1253');
    await expect(computed(page, 'requests.resultsTotal.natural')).toHaveText('1248');
    await expect(page.getByTestId('paste-report')).toContainText('已粘贴 12 个单元格');

    await page.keyboard.press('Control+z');
    for (const [row, values] of expected) {
      for (const i of values.keys())
        await expect(field(page, `${row}.${cols[i]}`)).toHaveValue('0');
    }
    await expect(computed(page, 'requests.resultsTotal.natural')).toHaveText('0');
    await page.keyboard.press('Control+y');
    await expect(field(page, 'requests.granted.natural')).toHaveValue('1234');
  });

  test('copies a block selected with Shift+arrows as tab-separated text, and clears it with Delete', async ({
    page,
  }) => {
    await open(page, SAMPLE);
    await field(page, 'requests.newReceived.natural').fill('5');
    await field(page, 'requests.newReceived.natural').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    const text = await page.evaluate(() => {
      const ev = new ClipboardEvent('copy', {
        clipboardData: new DataTransfer(),
        bubbles: true,
        cancelable: true,
      });
      document.activeElement?.dispatchEvent(ev);
      return ev.clipboardData?.getData('text/plain');
    });
    expect(text).toBe('5\t0\r\n0\t0');
    await expect(page.locator('[data-selected="true"]')).toHaveCount(4);
    await page.keyboard.press('Delete');
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('');
    await expect(field(page, 'requests.carriedOver.commercial')).toHaveValue('');
    await page.keyboard.press('Control+z');
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('5');
  });

  test('a paste refuses unreadable cells one by one and fills the rest', async ({ page }) => {
    await open(page, SAMPLE);
    await field(page, 'appeals.reconsideration.upheld').focus();
    await paste(page, '2\tabc\t"1\n2"\t-1\r\n');
    await expect(field(page, 'appeals.reconsideration.upheld')).toHaveValue('2');
    await expect(field(page, 'appeals.reconsideration.corrected')).toHaveValue('0');
    const report = page.getByTestId('paste-report');
    await expect(report.locator('[data-refused]')).toHaveCount(3);
    await expect(report).toContainText('abc');
    await expect(field(page, 'appeals.reconsideration.corrected')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(computed(page, 'appeals.reconsideration.total')).toHaveText('2');
  });

  test('bad input is refused at the cell and the previous value stays', async ({ page }) => {
    await open(page, SAMPLE);
    const cell = field(page, 'proactive.licensing');
    await cell.focus();
    await page.keyboard.type('12a');
    await page.keyboard.press('Enter');
    await expect(cell).toBeFocused();
    await expect(cell).toHaveValue('0');
    await expect(page.getByRole('alert').filter({ hasText: '不是数字' })).toBeVisible();
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(cell).toHaveValue('3');
    await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('the grid is usable with the keyboard only', async ({ page }) => {
    await open(page, SAMPLE);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name'));
    await field(page, 'requests.newReceived.natural').focus();
    await page.keyboard.type('5'); // typing replaces
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('requests.carriedOver.natural');
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('5');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('requests.carriedOver.commercial');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('requests.granted.commercial');
    await page.keyboard.press('End');
    expect(await focused()).toBe('requests.granted.other');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('requests.granted.natural');
    await page.keyboard.press('Shift+Enter');
    expect(await focused()).toBe('requests.carriedOver.natural');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('requests.carriedOver.commercial');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('requests.carriedOver.natural');
    // Escape restores the value.
    await page.keyboard.type('9');
    await expect(computed(page, 'requests.carriedOver.total')).toHaveText('9');
    await page.keyboard.press('Escape');
    await expect(field(page, 'requests.carriedOver.natural')).toHaveValue('0');
    await expect(computed(page, 'requests.carriedOver.total')).toHaveText('0');
    // F2 edits in place: the arrows move the caret, not the cell.
    await page.keyboard.press('F2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('1');
    expect(await focused()).toBe('requests.carriedOver.natural');
    await page.keyboard.press('Enter');
    await expect(field(page, 'requests.carriedOver.natural')).toHaveValue('10');
    await page.keyboard.press('Control+End');
    expect(await focused()).toBe('requests.carriedForward.other');
    // Undo and redo across the report.
    await page.keyboard.press('Control+z');
    await expect(field(page, 'requests.carriedOver.natural')).toHaveValue('0');
    await page.keyboard.press('Control+Shift+z');
    await expect(field(page, 'requests.carriedOver.natural')).toHaveValue('10');
  });

  test('an IME composition is not interrupted by the grid keys', async ({ page }) => {
    await open(page, SAMPLE);
    await field(page, 'requests.granted.natural').focus();
    const stayed = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (v: string, composing: boolean) => {
        setter.call(input, v);
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, isComposing: composing, data: v }),
        );
      };
      const key = (k: string) => {
        const ev = new KeyboardEvent('keydown', {
          key: k,
          bubbles: true,
          cancelable: true,
          isComposing: true,
        });
        Object.defineProperty(ev, 'keyCode', { value: 229 });
        input.dispatchEvent(ev);
        return ev.defaultPrevented;
      };
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      type('s', true);
      const prevented = [key('ArrowDown'), key('Enter'), key('Escape'), key('Home')];
      type('shi', true);
      const during = { value: input.value, focused: document.activeElement === input, prevented };
      type('１２', true);
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '１２' }));
      return during;
    });
    expect(stayed).toEqual({
      value: 'shi',
      focused: true,
      prevented: [false, false, false, false],
    });
    await expect(computed(page, 'requests.granted.total')).toHaveText('12');
    await page.keyboard.press('Enter');
    await expect(field(page, 'requests.granted.natural')).toHaveValue('12');
    await expect(field(page, 'requests.partiallyGranted.natural')).toBeFocused();
  });

  test('本表空格填 0 fills the blank cells of one table in one undoable step', async ({ page }) => {
    await open(page, EMPTY);
    const section = page.locator('#section-appeals');
    await section.getByRole('button', { name: '本表空格填 0' }).click();
    for (const p of listInputCells(gov2021).filter((c) => c.section === 'appeals')) {
      await expect(field(page, p.path)).toHaveValue('0');
    }
    await expect(field(page, 'requests.newReceived.natural')).toHaveValue('');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(field(page, 'appeals.reconsideration.upheld')).toHaveValue('');
  });

  test('a warning can be acknowledged with a reason', async ({ page }) => {
    await open(page, SAMPLE);
    const entry = page.locator('li', { has: page.locator('[data-rule="feeReported"]') });
    await entry.getByRole('button', { name: '确认无误' }).click();
    await entry.getByRole('textbox', { name: '确认理由' }).fill('本年未收取信息处理费');
    await entry.getByRole('button', { name: '保存' }).click();
    await expect(entry).toContainText('已确认：本年未收取信息处理费');
    await expect(page.locator('[data-section="otherMatters"] .nav-count')).toHaveAttribute(
      'data-warnings',
      '0',
    );
  });

  test('meta and narratives are editable fields named by path', async ({ page }) => {
    await open(page, SAMPLE);
    for (const p of [
      'meta.agency',
      'meta.year',
      'meta.title',
      'meta.publishedOn',
      'overview.proactive',
      'otherMatters',
    ]) {
      await expect(field(page, p)).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: '（一）主动公开情况' })).toBeVisible();
    await field(page, 'meta.agency').fill('平湖市科学技术局');
    await field(page, 'meta.agency').blur();
    await expect(page.locator('.editor-title')).toHaveText(
      '平湖市科学技术局2021年度政府信息公开工作年度报告',
    );
    await field(page, 'meta.year').fill('20x1');
    await field(page, 'meta.year').blur();
    // Refused at the field: the text stays for correction, the report keeps 2021.
    await expect(field(page, 'meta.year')).toHaveValue('20x1');
    await expect(page.locator('[id="meta.year-error"]')).toHaveText('年度应为四位数字，如 2024');
    await expect(page.locator('.editor-title')).toHaveText(
      '平湖市科学技术局2021年度政府信息公开工作年度报告',
    );
  });

  test('table 3 keeps its header and row labels in view, at 1280×800 and 1920×1080', async ({
    page,
  }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await open(page, SAMPLE);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await field(page, 'requests.carriedForward.natural').focus();
      const scroller = page.locator('.grid-scroll-table3');
      const top = (await scroller.boundingBox())!.y;
      const head = (await page.getByRole('columnheader', { name: '自然人' }).boundingBox())!;
      expect(head.y).toBeGreaterThanOrEqual(top - 1);
      const cell = (await field(page, 'requests.carriedForward.natural').boundingBox())!;
      expect(cell.y).toBeGreaterThan(head.y + head.height - 1);
    }
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await open(page, SAMPLE);
    await field(page, 'requests.newReceived.commercial').fill('3');
    await field(page, 'requests.newReceived.commercial').press('Enter');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target.join(' ')}`)).toEqual(
      [],
    );
  });
});

test('an empty report opens blank, with nothing typed yet', async ({ page }) => {
  await open(page, EMPTY);
  await expect(field(page, 'requests.newReceived.natural')).toHaveValue('');
  await expect(computed(page, 'requests.resultsTotal.total')).toHaveText('0');
  expect(createEmptyReport(gov2021, { agency: '', year: 2024 }).otherMatters).toBe('');
});
