import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  getCell,
  gov2021,
  listInputCells,
  sample2021,
  setAtPath,
  type ReportDocument,
} from '../../domain';
import { importReport } from '../import-report';
import { MAX_OFFICE_BYTES } from '../office/sniff';
import { encryptedOfficeFile, legacyWordFile } from '../office/testing/compound-file';
import { readPublished } from '../testing/samples';
import { importDocx } from './docx-import';
import { docxFromBody, partText } from './testing/docx-parts';
import { buildHandMadeDocx } from './testing/hand-built-docx';

// Every input cell its own figure, so a figure read into the wrong cell cannot go unnoticed.
const distinct: ReportDocument = listInputCells(gov2021).reduce(
  (doc, cell, i) => setAtPath(doc, cell.path, cell.kind === 'amount' ? 4068.208 : 100 + i),
  { ...sample2021, meta: { ...sample2021.meta, publishedOn: '2022-01-20' } },
);

async function imported(bytes: Uint8Array) {
  const r = await importDocx(gov2021, bytes);
  if (!r.ok) throw new Error(r.error);
  return r;
}

async function refused(bytes: Uint8Array): Promise<string> {
  const r = await importDocx(gov2021, bytes);
  // A refusal carries its message and nothing else: no document, no issues.
  expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
  if (r.ok) throw new Error('imported');
  return r.error;
}

describe('importDocx: a report laid out by hand in Word, official merged layout', () => {
  it('reads the tables merged with gridSpan and vMerge as printed, to the sample document', async () => {
    const bytes = await buildHandMadeDocx(gov2021, distinct);
    const xml = partText(bytes, 'word/document.xml');
    // The fixture really has the official merges (not a flat grid that would read anyway).
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBeGreaterThanOrEqual(10);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)?.length).toBeGreaterThanOrEqual(20);
    expect(xml.match(/<w:gridSpan w:val="([2-9]|1\d)"\/>/g)?.length).toBeGreaterThanOrEqual(10);
    const r = await imported(bytes);
    expect(r.document).toEqual(distinct);
    expect(r.issues).toEqual([]);
  });

  it('reads heading styles, a title over two paragraphs and labels broken inside cells', async () => {
    const options = { headingStyles: true, splitTitle: true, wrapHeaders: true };
    const r = await imported(await buildHandMadeDocx(gov2021, sample2021, options));
    expect(r.document).toEqual(sample2021);
    expect(r.issues).toEqual([]);
  });

  it('compares printed totals with their parts (printedTotal in the summary)', async () => {
    // The clerk typed 9 into 行政复议 总计, whose parts are all 0.
    const printed = { 'appeals.reconsideration.total': '9' };
    const edited = await buildHandMadeDocx(gov2021, sample2021, { printed });
    const r = await imported(edited);
    expect(r.document).toEqual(sample2021);
    expect(r.issues).toEqual([
      expect.objectContaining({
        rule: 'printedTotal',
        fields: ['appeals.reconsideration.total'],
        printed: 9,
        computed: 0,
      }),
    ]);
  });
});

describe('importDocx: every published sample through a hand-built Word file', () => {
  it.each(readPublished().map((p, i) => [p.name, p.text, i] as const))(
    '%s reads back to the same document',
    async (_name, text, i) => {
      const source = importReport(gov2021, text);
      if (!source.ok) throw new Error(source.error);
      const bytes = await buildHandMadeDocx(gov2021, source.document, {
        headingStyles: i % 2 === 1,
      });
      const r = await imported(bytes);
      expect(r.document).toEqual(source.document);
      expect(r.issues).toEqual([]);
    },
  );
});

describe('importDocx: a Word report that lacks a table', () => {
  it('imports the rest, leaves table 4 blank and lists it as missing', async () => {
    const r = await imported(await buildHandMadeDocx(gov2021, sample2021, { without: ['table4'] }));
    const table4 = listInputCells(gov2021).filter((c) => c.section === 'appeals');
    const expected = table4.reduce((d, c) => setAtPath(d, c.path, null), sample2021);
    expect(r.document).toEqual(expected);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.message).toMatch(/四、政府信息公开行政复议、行政诉讼情况.*表四.*留空/);
    expect(r.issues[0]?.fields).toEqual(table4.map((c) => c.path));
  });

  it('does so for tables 2 and 3 as well, naming each', async () => {
    const r = await imported(
      await buildHandMadeDocx(gov2021, sample2021, { without: ['table2', 'table3'] }),
    );
    expect(r.issues.map((i) => i.message.match(/表[二三四]/)?.[0])).toEqual(['表二', '表三']);
    expect(r.document.overview).toEqual(sample2021.overview);
    expect(r.document.appeals).toEqual(sample2021.appeals);
    const blank = listInputCells(gov2021).filter((c) => c.section !== 'appeals');
    expect(blank.every((c) => getCell(r.document, c.path) === null)).toBe(true);
  });
});

describe('importDocx: bad input is refused in Chinese and nothing is returned', () => {
  it('a renamed zip', async () => {
    const zip = zipSync({ '报告.txt': strToU8('一、总体情况') });
    expect(await refused(zip)).toContain('不是 Word/Excel 文件');
  });

  it('a random binary file named .docx', async () => {
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await refused(random)).toContain('未导入任何内容');
  });

  it('an encrypted (password-protected) .docx', async () => {
    expect(await refused(encryptedOfficeFile())).toMatch(/密码.*Word 或 WPS.*删除打开密码/);
  });

  it('a legacy .doc', async () => {
    expect(await refused(legacyWordFile())).toMatch(/旧版 Word 文件.*另存为.*\.docx/);
  });

  it('a Word file that is not a report (a letter)', async () => {
    const p = (s: string) => `<w:p><w:r><w:t>${s}</w:t></w:r></w:p>`;
    const letter = docxFromBody(
      p('关于召开2024年度工作会议的通知') + p('各科室：') + p('定于下周一上午九时召开工作会议。'),
    );
    expect(await refused(letter)).toContain('不像一份政府信息公开工作年度报告');
  });

  it('a PDF or a text handed to the Word reader', async () => {
    expect(await refused(strToU8('%PDF-1.7\n'))).toContain('不是 Word 文件');
    expect(await refused(strToU8('一、总体情况'))).toContain('不是 Word 文件');
  });

  it('a file over the size limit, saying the limit', async () => {
    const big = new Uint8Array(MAX_OFFICE_BYTES + 1);
    big.set(await buildHandMadeDocx(gov2021, sample2021));
    expect(await refused(big)).toContain('20 MB');
  });

  it('a damaged (truncated) .docx', async () => {
    const bytes = await buildHandMadeDocx(gov2021, sample2021);
    expect(await refused(bytes.subarray(0, bytes.length / 2))).toContain('已损坏');
  });
});
