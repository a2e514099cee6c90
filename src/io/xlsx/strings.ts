// Chinese sheet names, headings and messages of the Excel export and import.

/** Sheet with the report's agency, year, title and date. */
export const INFO_SHEET = '基本信息';
/** Sheet with the narratives. */
export const TEXT_SHEET = '正文';
/** Sheet listing the report's problems. */
export const PROBLEMS_SHEET = '问题';

/** Row labels of the 基本信息 sheet (column A), by meta field. */
export const INFO_LABELS = {
  agency: '机关',
  year: '年度',
  title: '标题',
  publishedOn: '成文日期',
} as const;

export const INFO_HEADER = ['项目', '内容'] as const;
export const INFO_NOTE_LABEL = '说明';
export const INFO_NOTE =
  '本文件由 nianbao 导出。表格中的合计、总计是公式，由各项数字自动计算；修改数字后可在 nianbao 中重新导入。';

export const TEXT_HEADER = ['部分', '项目', '内容'] as const;

export const PROBLEMS_HEADER = ['序号', '规则', '严重程度', '单元格', '说明'] as const;
export const SEVERITY_NAMES = { error: '错误', warning: '提示' } as const;
export const NO_PROBLEMS = '未发现问题。';

export const CORRUPT =
  '这个 Excel 文件已损坏或不是 .xlsx 格式，无法读取，未导入任何内容。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。';
export const ENCRYPTED_OR_XLS =
  '这个 Excel 文件设有打开密码，或是旧版 .xls 格式，无法读取，未导入任何内容。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入。';

/** Refusal for a workbook without table 3. */
export function noReportTable(tableTitle: string, firstRow: string): string {
  return `这个 Excel 文件中没有找到年度报告的表格（表三“${tableTitle}”，按“${firstRow}”等行名查找），未导入任何内容。请确认选择的是年度报告的 Excel 文件。`;
}

/** Refusal for a file over the size limit. */
export function tooBig(bytes: number, limitMb: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `文件太大（约 ${mb} MB），年度报告的 Excel 文件不会超过 ${limitMb} MB，未导入任何内容。请确认选择的是年度报告文件。`;
}

/** Refusal for a sheet with more rows than any report has. */
export function sheetTooLarge(rows: number): string {
  return `这个 Excel 文件中有工作表超过 ${rows} 行，不像年度报告，未导入任何内容。请确认选择的是年度报告的 Excel 文件。`;
}

/** Import summary: a table that is not in the workbook. */
export function tableMissing(table: string): string {
  return `Excel 文件中没有找到${table}，该表各项留空，请补填。`;
}

/** Import summary: the workbook has tables only (no 正文 sheet); `sections`: 一、五、六. */
export function noNarratives(sections: string): string {
  return `Excel 文件中只有表格，没有报告正文；${sections}部分的文字留空，请补填。`;
}

export const AGENCY_UNREAD = '未能从 Excel 文件中读出机关名称，请补填。';
export const YEAR_UNREAD = '未能从 Excel 文件中读出报告年度，请补填。';
