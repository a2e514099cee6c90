// Office formats in the browser, through the app's own controls, with the libraries loaded:
// - .docx and .xlsx export: on a stored report, 导出 → Word / Excel; from the menu item's click
//   (a capture listener notes performance.now()) to the moment the file's Blob is handed to the
//   download (URL.createObjectURL is wrapped to note the time). The first choice of each loads
//   the library and is a warm-up; the figure is what a user waits for every time after that.
// - PDF import: the printable copy of the report (the 2021 sample or a published one) whose print
//   is closest to five pages, printed by Chromium (a PDF as a department sends it), picked in the
//   start screen's 导入
//   dialog; from the file input's change event to the import summary on screen. Each repetition
//   is a fresh page, so pdf.js, its worker and the character maps are fetched every time (from
//   the HTTP cache after the first).
import { figure, freshPage, log, openSample, runProcess } from '../lib.mjs';

function watchDownloads() {
  window.__office = { t0: null, made: null };
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    window.__office.made = performance.now();
    return create(blob);
  };
  window.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest('[role="menuitem"]'))
        window.__office.t0 = performance.now();
    },
    true,
  );
}

async function exportOnce(page, item) {
  await page.evaluate(() => Object.assign(window.__office, { t0: null, made: null }));
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  await download;
  return page.evaluate(() => window.__office.made - window.__office.t0);
}

async function measureExports({ browser, appUrl, reps }) {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript(watchDownloads);
    await openSample(page, appUrl);
    const out = { docx: [], xlsx: [] };
    for (const [format, item] of [
      ['docx', 'Word (.docx)'],
      ['xlsx', 'Excel (.xlsx)'],
    ]) {
      await exportOnce(page, item); // loads the library
      for (let i = 0; i < reps; i++) out[format].push(await exportOnce(page, item));
    }
    return out;
  } finally {
    await context.close();
  }
}

function watchImport() {
  window.__pdf = { t0: null, shown: null };
  window.addEventListener('change', () => (window.__pdf.t0 = performance.now()), true);
  new MutationObserver(() => {
    if (window.__pdf.t0 === null || window.__pdf.shown !== null) return;
    if (document.querySelector('.import-dialog .import-summary, .import-dialog [role="alert"]'))
      window.__pdf.shown = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

async function importOnce(browser, appUrl, pdf) {
  const { context, page } = await freshPage(browser);
  try {
    await page.addInitScript(watchImport);
    await page.goto(`${appUrl}/`);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入年度报告' });
    await dialog
      .getByLabel(/选择文件/)
      .setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.waitForFunction(() => window.__pdf.shown !== null, null, { timeout: 20000 });
    if (await dialog.getByRole('alert').count())
      throw new Error(`PDF refused: ${await dialog.getByRole('alert').innerText()}`);
    return page.evaluate(() => window.__pdf.shown - window.__pdf.t0);
  } finally {
    await context.close();
  }
}

const pageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** The print copy (Chromium's PDF) of the report whose print is closest to five pages. */
async function fivePagePdf(browser, root, samplesDir) {
  const r = await runProcess('npx', ['tsx', 'bench/measure/office-fixture.ts', samplesDir], {
    cwd: root,
  });
  if (r.code !== 0) throw new Error(`office-fixture.ts failed: ${r.err.slice(-1000)}`);
  const { context, page } = await freshPage(browser);
  try {
    const prints = [];
    for (const { file, html } of JSON.parse(r.out)) {
      await page.setContent(html);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      prints.push({ file, pdf, pages: pageCount(pdf) });
    }
    return prints.sort((a, b) => Math.abs(a.pages - 5) - Math.abs(b.pages - 5))[0];
  } finally {
    await context.close();
  }
}

/** .docx / .xlsx export and the import of a 5-page PDF, in the browser through the app's UI. */
export async function measureOffice({ browser, appUrl, root, samplesDir, reps = 10 }) {
  log('office: Word and Excel export');
  const exports = await measureExports({ browser, appUrl, reps });
  log('office: PDF import');
  const { pdf, file, pages } = await fivePagePdf(browser, root, samplesDir);
  await importOnce(browser, appUrl, pdf); // warm-up
  const imports = [];
  for (let i = 0; i < Math.max(3, Math.round(reps / 2)); i++)
    imports.push(await importOnce(browser, appUrl, pdf));
  return [
    figure({
      id: 'pdfImport',
      name: 'import of a 5-page PDF',
      unit: 'ms',
      app: imports,
      note: `print copy of ${file} (Chromium), ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB`,
    }),
    figure({
      id: 'docxExport',
      name: '.docx export',
      unit: 'ms',
      app: exports.docx,
      note: 'the sample report, 导出 → Word',
    }),
    figure({
      id: 'xlsxExport',
      name: '.xlsx export',
      unit: 'ms',
      app: exports.xlsx,
      note: 'the sample report, 导出 → Excel',
    }),
  ];
}
