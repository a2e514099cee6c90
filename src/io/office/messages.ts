// Refusals for office files, in Chinese: each says what the file is, that nothing was imported,
// and what to do instead. Shared by the sniffer and the Word/Excel readers.

/** Largest office file read, in MB (MAX_OFFICE_BYTES in sniff.ts). */
export const MAX_OFFICE_MB = 20;

/** The kind of office document a file name promises, for wording the refusals. */
export type OfficeKind = 'word' | 'excel' | 'office';

/** What the file name promises: `.docx`/`.doc` a Word file, `.xlsx`/`.xls` an Excel file. */
export function officeKindOf(fileName: string | undefined): OfficeKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  if (['docx', 'docm', 'doc', 'dotx', 'wps', 'rtf'].includes(ext)) return 'word';
  if (['xlsx', 'xlsm', 'xls', 'et'].includes(ext)) return 'excel';
  return 'office';
}

const APP: Readonly<Record<OfficeKind, string>> = {
  word: 'Word 或 WPS',
  excel: 'Excel 或 WPS',
  office: 'Word、Excel 或 WPS',
};

const NOTHING = '未导入任何内容。';

/** The messages, by situation. */
export const OFFICE_MESSAGES = {
  tooBig: (bytes: number): string =>
    `文件太大（约 ${(bytes / 1024 / 1024).toFixed(1)} MB），Word、Excel 和 PDF 文件不能超过 ` +
    `${MAX_OFFICE_MB} MB，${NOTHING}请确认选择的是年度报告文件；如果 Word 文件里有大图片，请删去图片后重新保存。`,
  plainZip:
    `这个文件是普通的压缩包（.zip），不是 Word/Excel 文件（.docx/.xlsx），${NOTHING}` +
    '如果是压缩包，请先解压，再导入其中的年度报告文件。',
  openDocument:
    `这是 OpenDocument 文件（.odt/.ods），不是 Word/Excel 文件，${NOTHING}` +
    '请在 WPS 或 LibreOffice 中打开它，另存为 .docx 或 .xlsx 后再导入。',
  ofd: `这是 OFD 版式文件，${NOTHING}请用 OFD 阅读器将它导出为 PDF，或导入报告的 Word 文件。`,
  powerPoint: `这是 PowerPoint 演示文稿，不是年度报告文件，${NOTHING}请导入报告的 Word、PDF 或 Excel 文件。`,
  encrypted: (kind: OfficeKind): string =>
    `这个文件设置了打开密码（已加密），无法读取，${NOTHING}` +
    `请在 ${APP[kind]} 中输入密码打开它，删除打开密码后重新保存，再导入。`,
  legacyWord:
    `这是旧版 Word 文件（.doc），无法直接读取，${NOTHING}` +
    '请在 Word 或 WPS 中打开它，“另存为” Word 文档（.docx）后再导入。',
  legacyExcel:
    `这是旧版 Excel 文件（.xls），无法直接读取，${NOTHING}` +
    '请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）后再导入。',
  legacyOffice:
    `这是旧版 Office 文件（.doc/.xls），无法直接读取，${NOTHING}` +
    '请在 Word、Excel 或 WPS 中打开它，另存为 .docx 或 .xlsx 后再导入。',
  rtf: `这是 RTF 格式的文件，无法直接读取，${NOTHING}请在 Word 或 WPS 中打开它，“另存为” Word 文档（.docx）后再导入。`,
  mht: `这是“单个文件网页”（.mht），无法直接读取，${NOTHING}请在 Word 或浏览器中打开它，另存为 Word 文档（.docx）或网页（.html）后再导入。`,
  wordXml: `这是 Word 2003 XML 文档，无法直接读取，${NOTHING}请在 Word 或 WPS 中打开它，“另存为” Word 文档（.docx）后再导入。`,
  binary:
    `这个文件不是文本、Word、Excel 或 PDF 文件（可能是图片、压缩包或其他程序的文件），${NOTHING}` +
    '请选择年度报告的 .docx、.xlsx、.pdf、.txt、.html 或 .json 文件。',
  damaged: (kind: OfficeKind): string =>
    `文件已损坏或不完整，无法读取，${NOTHING}请重新下载，或在 ${APP[kind]} 中打开后重新保存，再导入。`,
  zipBomb: `文件解压后的内容异常大（超过正常年度报告的许多倍），为安全起见没有读取，${NOTHING}请确认选择的是年度报告文件。`,
  notWord: `这个文件不是 Word 文件（.docx），${NOTHING}请选择用 Word 或 WPS 保存的 .docx 文件。`,
} as const;
