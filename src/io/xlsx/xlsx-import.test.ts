import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { listInputCells, listNarratives } from '../../domain/template/cells';
import { getAtPath, setAtPath, type ReportDocument } from '../../domain/report/document';
import { importReport } from '../import-report';
import { published } from '../testing/samples';
import { importXlsx } from './xlsx-import';
import { exportXlsx } from './xlsx-export';
import { departmentWorkbook } from './testing/department-sheet';

// Importing what offices actually send: a 主管部门's template holding table 3 somewhere on a sheet,
// and the files that must be refused with a message and nothing created.

function source(): ReportDocument {
  const r = importReport(gov2021, published('2025_suqian_shuyangxian_renminzhengfu.txt'));
  if (!r.ok) throw new Error(r.error);
  return r.document;
}

const paths = (section: string) =>
  listInputCells(gov2021)
    .filter((c) => c.section === section)
    .map((c) => c.path);

async function imported(bytes: Uint8Array) {
  const r = await importXlsx(gov2021, bytes);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('importXlsx on a 主管部门 template', () => {
  it('finds table 3 by its labels and reads its figures, tables 4 too', async () => {
    const doc = source();
    const r = await imported(await departmentWorkbook(gov2021, doc));
    for (const p of [...paths('requests'), ...paths('appeals')]) {
      expect(getAtPath(r.document, p), p).toBe(getAtPath(doc, p));
    }
    expect(r.document.meta).toMatchObject({ agency: doc.meta.agency, year: doc.meta.year });
    expect(r.issues.filter((i) => i.rule === 'printedTotal')).toEqual([]);
  });

  it('reads a figure typed as text in full-width digits and a formula by its cached result', async () => {
    const doc = source();
    const bytes = await departmentWorkbook(gov2021, doc, {
      'requests.granted.natural': '１２',
      'requests.granted.commercial': { formula: '2+3', result: 5 },
    });
    const r = await imported(bytes);
    expect(getAtPath(r.document, 'requests.granted.natural')).toBe(12);
    expect(getAtPath(r.document, 'requests.granted.commercial')).toBe(5);
  });

  it('reports a printed total that disagrees with its parts (printedTotal)', async () => {
    const doc = source();
    const bytes = await departmentWorkbook(gov2021, doc, { 'requests.newReceived.total': 1 });
    const r = await imported(bytes);
    const issue = r.issues.find((i) => i.rule === 'printedTotal');
    expect(issue).toMatchObject({ fields: ['requests.newReceived.total'], printed: 1 });
    expect(issue?.computed).toBe(713);
  });

  it('leaves table 2 and the narratives blank and says so in the summary', async () => {
    const r = await imported(await departmentWorkbook(gov2021, source()));
    const layout = r.issues.filter((i) => i.rule === 'layout');
    expect(layout.map((i) => i.message).join('\n')).toMatch(/表二.*留空/);
    expect(layout.flatMap((i) => i.fields)).toEqual(
      expect.arrayContaining([
        ...paths('proactive'),
        ...listNarratives(gov2021).map((n) => n.path),
      ]),
    );
    for (const p of paths('proactive')) expect(getAtPath(r.document, p)).toBeNull();
  });

  it('reads table 3 from a bare sheet of labels and figures, without a column header', async () => {
    const doc = source();
    const r = await imported(await bareTable3(doc, '淮安市某局2024年政府信息公开工作年度报告'));
    for (const p of paths('requests')) expect(getAtPath(r.document, p), p).toBe(getAtPath(doc, p));
    expect(r.document.meta).toMatchObject({ agency: '淮安市某局', year: 2024 });
  });
});

/**
 * Table 3 pasted as values into a plain sheet, one column to the right, without its header rows
 * (and only its first `keep` rows when given), under a title line.
 */
async function bareTable3(
  doc: ReportDocument,
  title: string,
  keep = Infinity,
): Promise<Uint8Array> {
  const ours = new ExcelJS.Workbook();
  await ours.xlsx.load((await exportXlsx(gov2021, doc, [])).slice().buffer);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]);
  ours.getWorksheet('三、收到和处理政府信息公开申请情况')?.eachRow((row, n) => {
    if (n < 5 || n >= 5 + keep) return;
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) => (typeof v === 'object' && v !== null && 'result' in v ? v.result : v));
    ws.addRow([null, ...values]);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const r = await importXlsx(gov2021, bytes);
  if (r.ok) throw new Error('imported');
  return r.error;
}

describe('importXlsx refuses, with a message, and creates nothing', () => {
  it('a workbook without a report table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('工资表').addRows([
      ['姓名', '基本工资'],
      ['张三', 5000],
    ]);
    const error = await refusal(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(error).toContain('没有找到年度报告的表格');
    expect(error).toContain('未导入任何内容');
  });

  it('a table 3 cut off before its last row', async () => {
    const error = await refusal(await bareTable3(source(), '某局2024年度报告', 15));
    expect(error).toContain('四、结转下年度继续办理');
    expect(error).toContain('无法导入');
  });

  it('a corrupt file, a zip that is not a workbook, and random bytes', async () => {
    const good = await exportXlsx(gov2021, source(), []);
    const truncated = good.slice(0, good.length / 2);
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    const junk = new Uint8Array(1000).map((_, i) => (i * 7919) % 251);
    for (const bytes of [truncated, zip, junk]) {
      expect(await refusal(bytes)).toMatch(/已损坏或不是 \.xlsx 格式|没有找到年度报告的表格/);
    }
    expect(await refusal(truncated)).toContain('已损坏');
  });

  it('an encrypted workbook (an OLE compound file) without crashing', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole)).toContain('密码');
  });

  it('a file over the size limit, naming the limit', async () => {
    expect(await refusal(new Uint8Array(11 * 1024 * 1024))).toContain('10 MB');
  });

  it('a zip bomb: a small file whose sheet inflates past the 100 MB budget', async () => {
    const good = unzipSync(await exportXlsx(gov2021, source(), []));
    const bomb = zipSync({
      ...good,
      'xl/worksheets/sheet9.xml': new Uint8Array(101 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb)).toContain('100 MB');
  }, 30_000);
});

describe('importXlsx of our own export after editing in Excel', () => {
  it('reads a changed figure and flags a total typed over its formula', async () => {
    const doc = source();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(gov2021, doc, [])).slice().buffer);
    const ws = wb.getWorksheet('四、政府信息公开行政复议、行政诉讼情况');
    if (!ws) throw new Error('no table 4 sheet');
    ws.getCell('A5').value = 99;
    ws.getCell('E5').value = 0;
    const r = await imported(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.document.appeals).toEqual(
      setAtPath(doc, 'appeals.reconsideration.upheld', 99).appeals,
    );
    expect(r.issues).toEqual([
      expect.objectContaining({
        rule: 'printedTotal',
        fields: ['appeals.reconsideration.total'],
        printed: 0,
      }),
    ]);
  });
});
