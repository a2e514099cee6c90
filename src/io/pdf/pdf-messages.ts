// What the PDF importer tells the user when it cannot read a file (shown as is in the import
// dialog and printed by the command line).

/** Chinese messages of the PDF importer. */
export const PDF_MESSAGES = {
  notPdf:
    '这个文件不是 PDF（文件开头没有 PDF 标记），未导入任何内容。请选择年度报告的 PDF、Word、网页或文本文件。',
  broken:
    '这个 PDF 文件已损坏或不完整，无法读取，未导入任何内容。请重新下载或重新导出 PDF 后再试，或者导入报告的 Word、网页或文本版本。',
  encrypted:
    '这个 PDF 设有打开密码，无法读取，未导入任何内容。请在 PDF 阅读器中输入密码后另存为不加密的 PDF 再导入，或者导入报告的 Word、网页或文本版本。',
  noText:
    '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字，未导入任何内容。请使用由 Word、WPS 或浏览器直接导出（“另存为 PDF”“打印为 PDF”）的文件，或者导入报告的 Word、网页或文本版本。',
  readerUnavailable:
    '无法加载读取 PDF 的组件（可能是网络中断，而本机还没有缓存它），未导入任何内容。请联网后刷新页面再试，或者导入报告的 Word、网页或文本版本。',
  garbled:
    '这个 PDF 的文字层无法识别（字体没有附带文字编码，读出来是乱码），未导入任何内容。请从原始的 Word 或 WPS 文件重新导出 PDF，或者直接导入报告的 Word、网页或文本版本。',
} as const;
