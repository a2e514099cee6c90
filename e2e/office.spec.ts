import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { test, expect } from './fixtures';
import { gov2021, type ReportDocument } from '../src/domain';
import { exportDocx } from '../src/io/docx/docx-export';
import { importDocx } from '../src/io/docx/docx-import';
import { exportHtml } from '../src/io/html-export';
import { importReport } from '../src/io/import-report';
import { importXlsx } from '../src/io/xlsx/xlsx-import';
import { published } from '../src/io/testing/samples';

// Issue 11 as a user meets it: Word and PDF files imported on the start screen (picked, or
// dropped on the page), a renamed zip refused, and the editor's 导出 menu giving Word and Excel
// files that open back to the same report.

const HONGZE = '2024_huaian_hongzequ_renminzhengfu.txt';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function hongze(): ReportDocument {
  const r = importReport(gov2021, published(HONGZE));
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

const rows = (page: Page) => page.locator('.drafts-table tbody tr');
const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);

async function pickFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入年度报告' });
  await dialog.getByLabel(/选择文件/).setInputFiles({ name, mimeType, buffer });
  return dialog;
}

/** Drops a file on the page as the file manager would (a drop event carrying a File). */
async function dropFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const data = await page.evaluateHandle(
    ({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: mimeType }));
      return dt;
    },
    { name, mimeType, base64: buffer.toString('base64') },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: data });
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
}

async function download(page: Page, item: string) {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return {
    name: file.suggestedFilename(),
    bytes: new Uint8Array(readFileSync(await file.path())),
  };
}

/** The report on screen, as the editor's own JSON export gives it. */
async function onScreen(page: Page): Promise<ReportDocument> {
  const { bytes } = await download(page, 'JSON (.json)');
  const r = importReport(gov2021, new TextDecoder().decode(bytes));
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

/** The draft opened in the editor holds `doc`'s figures (and, unless `figuresOnly`, its text). */
async function expectStored(page: Page, doc: ReportDocument, figuresOnly = false): Promise<void> {
  await expect(page).toHaveURL(/\?report=/);
  await expect(field(page, 'meta.agency')).toHaveValue(doc.meta.agency);
  const shown = await onScreen(page);
  const figures = ({ proactive, requests, appeals }: ReportDocument) => ({
    proactive,
    requests,
    appeals,
  });
  if (figuresOnly) expect(figures(shown)).toEqual(figures(doc));
  else expect(shown).toEqual(doc);
}

test('a Word file picked in 导入 becomes a stored draft with its figures', async ({ page }) => {
  const doc = hongze();
  const docx = Buffer.from(await exportDocx(gov2021, doc));
  await page.goto('/');
  const dialog = await pickFile(page, '洪泽区2024年报.docx', DOCX, docx);
  await expect(dialog.getByText('Word 文件（.docx）')).toBeVisible();
  await expect(dialog.getByTestId('import-agency')).toHaveText(doc.meta.agency);
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expectStored(page, doc);
});

test('a PDF printed from the print copy, dropped on the start screen, imports its figures', async ({
  page,
  browser,
}) => {
  const doc = hongze();
  const printer = await browser.newPage();
  await printer.setContent(exportHtml(gov2021, doc));
  const pdf = await printer.pdf({ format: 'A4', preferCSSPageSize: true });
  await printer.close();

  await page.goto('/');
  await dropFile(page, '洪泽区2024年报.pdf', 'application/pdf', pdf);
  const dialog = page.getByRole('dialog', { name: '导入年度报告' });
  await expect(dialog.getByText('PDF 文件')).toBeVisible({ timeout: 15_000 });
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  // A PDF's text layer may drop or add spaces inside narratives: the figures must be exact.
  await expectStored(page, doc, true);
});

test('a zip renamed to .docx is refused with a message and nothing is created', async ({
  page,
}) => {
  const zip = Buffer.from(zipSync({ 'notes.txt': strToU8('not a report') }));
  await page.goto('/');
  const dialog = await pickFile(page, 'report.docx', DOCX, zip);
  await expect(dialog.getByRole('alert')).toContainText('Word');
  await expect(dialog.getByRole('button', { name: '创建草稿' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(rows(page)).toHaveCount(0);
});

test.describe('导出 Word and Excel', () => {
  test('the Word file of the report on screen reads back to the same report', async ({ page }) => {
    await page.goto('/?demo=sample');
    await field(page, 'requests.newReceived.natural').fill('37');
    await field(page, 'requests.newReceived.natural').press('Tab');
    const { name, bytes } = await download(page, 'Word (.docx)');
    expect(name).toBe('平湖市科技局-2021-政府信息公开工作年度报告.docx');
    const back = await importDocx(gov2021, bytes);
    if (!back.ok) throw new Error(back.error);
    expect((back.document.requests.newReceived as Record<string, unknown>).natural).toBe(37);
    expect(back.document).toEqual(await onScreen(page));
  });

  test('the Excel file has the tables and reads back to the same report', async ({ page }) => {
    await page.goto('/?demo=sample');
    await expect(field(page, 'requests.newReceived.natural')).toBeVisible();
    const { name, bytes } = await download(page, 'Excel (.xlsx)');
    expect(name).toBe('平湖市科技局-2021-政府信息公开工作年度报告.xlsx');
    const back = await importXlsx(gov2021, bytes);
    if (!back.ok) throw new Error(back.error);
    expect(back.document).toEqual(await onScreen(page));
  });
});
