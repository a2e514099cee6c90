import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gov2021, sample2021 } from '../../domain';
import { buildHandMadeDocx } from '../docx/testing/hand-built-docx';
import { listCompoundEntries } from './cfb';
import { MAX_OFFICE_BYTES, sniffFile } from './sniff';
import { encryptedOfficeFile, legacyExcelFile, legacyWordFile } from './testing/compound-file';

const zip = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

const refusal = (bytes: Uint8Array, name?: string): string => {
  const r = sniffFile(bytes, name);
  if (r.ok) throw new Error(`accepted as ${r.format}`);
  return r.error;
};

describe('sniffFile: formats recognised from the bytes, whatever the name', () => {
  it('reads a Word file as docx, even named .txt', async () => {
    const docx = await buildHandMadeDocx(gov2021, sample2021);
    expect(sniffFile(docx, '报告.txt')).toEqual({ ok: true, format: 'docx' });
  });

  it('reads an Excel package as xlsx and a PDF as pdf (also after junk before %PDF-)', () => {
    const xlsx = zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(sniffFile(xlsx, 'a.docx')).toEqual({ ok: true, format: 'xlsx' });
    expect(sniffFile(strToU8('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ ok: true, format: 'pdf' });
    expect(sniffFile(strToU8('\r\nJUNK%PDF-1.4\n'))).toEqual({ ok: true, format: 'pdf' });
  });

  it('leaves text to the text importer: UTF-8, GBK and UTF-16 with a byte-order mark', () => {
    expect(sniffFile(strToU8('一、总体情况\n'))).toEqual({ ok: true, format: 'text' });
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0x0a]); // 一、总体
    expect(sniffFile(gbk)).toEqual({ ok: true, format: 'text' });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x00, 0x4e, 0x01, 0x30, 0x0a, 0x00]);
    expect(sniffFile(utf16)).toEqual({ ok: true, format: 'text' });
  });
});

describe('sniffFile: refusals in Chinese', () => {
  it('refuses a renamed zip as not a Word/Excel file', () => {
    const error = refusal(zip({ 'report.txt': '一、总体情况' }), '报告.docx');
    expect(error).toContain('不是 Word/Excel 文件');
    expect(error).toContain('未导入任何内容');
  });

  it('names OpenDocument, OFD and PowerPoint files for what they are', () => {
    expect(refusal(zip({ mimetype: 'x', 'content.xml': '<x/>' }))).toContain('OpenDocument');
    expect(refusal(zip({ 'OFD.xml': '<x/>' }))).toContain('OFD');
    expect(refusal(zip({ 'ppt/presentation.xml': '<x/>' }))).toContain('PowerPoint');
  });

  it('refuses a password-protected file, saying to remove the password in Word or Excel', () => {
    const bytes = encryptedOfficeFile();
    expect(listCompoundEntries(bytes)).toEqual([
      'Root Entry',
      'EncryptionInfo',
      'EncryptedPackage',
    ]);
    const word = refusal(bytes, '报告.docx');
    expect(word).toMatch(/密码/);
    expect(word).toContain('Word 或 WPS');
    expect(refusal(bytes, '表.xlsx')).toContain('Excel 或 WPS');
  });

  it('refuses legacy .doc and .xls files, asking to save them as .docx / .xlsx', () => {
    expect(refusal(legacyWordFile(), 'a.docx')).toMatch(/旧版 Word 文件（\.doc）.*\.docx/);
    expect(refusal(legacyExcelFile())).toMatch(/旧版 Excel 文件（\.xls）.*\.xlsx/);
  });

  it('refuses Word’s text-like formats (RTF, single-file web page, Word 2003 XML) by name', () => {
    expect(refusal(strToU8('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'))).toContain('RTF');
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n';
    expect(refusal(strToU8(mht))).toContain('.mht');
    const xml =
      '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>';
    expect(refusal(strToU8(xml))).toContain('Word 2003 XML');
  });

  it('refuses images and other binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(refusal(png, 'a.docx')).toContain('不是文本、Word、Excel 或 PDF 文件');
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(refusal(random, 'a.docx')).toContain('未导入任何内容');
  });

  it('refuses an office file over the size limit, saying which limit', () => {
    const big = new Uint8Array(MAX_OFFICE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(refusal(big)).toMatch(/不能超过 20 MB/);
  });

  it('refuses a truncated zip as damaged', async () => {
    const docx = await buildHandMadeDocx(gov2021, sample2021);
    expect(refusal(docx.subarray(0, docx.length - 200), 'a.docx')).toContain('已损坏');
  });

  it('refuses a zip that declares a huge content (zip bomb) before inflating anything', () => {
    const bytes = zip({ 'word/document.xml': '<w:document/>' });
    // Central directory entry: uncompressed size at +24.
    const central = bytes.findLastIndex(
      (_, i) =>
        bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2,
    );
    new DataView(bytes.buffer).setUint32(central + 24, 0xfff00000, true);
    expect(refusal(bytes)).toContain('异常大');
  });
});
