// Chinese UI strings of the import dialog and its summary.

export const S = {
  open: '导入',
  openHint: '从文件（.txt、.html、.json）或粘贴的文字、网页导入年度报告',
  title: '导入年度报告',
  file: '选择文件（.txt、.html、.htm、.json）',
  paste: '粘贴报告文字或网页',
  pasteHint: '从网页、Word 或 PDF 复制整篇报告后粘贴到这里，表格会一并读取。',
  read: '读取粘贴的内容',
  reading: '正在读取……',
  empty: '没有内容：请选择文件，或粘贴报告文字。',
  accept: '创建草稿',
  cancel: '取消',
  close: '关闭',
  summary: '导入结果',
  agency: '机关',
  year: '年度',
  format: '格式',
  formats: { json: 'JSON 文件', html: '网页（HTML）', text: '文本' },
  cells: (filled: number, total: number) => `已读取 ${filled} 个数据单元格（共 ${total} 个）`,
  narratives: (filled: number, total: number) => `已读取 ${filled} 段文字（共 ${total} 段）`,
  noIssues: '没有发现导入问题。',
  issues: (n: number) => `导入提示（${n} 条）`,
  printedTotal: '印出的合计与各项之和不符（已按各项之和重新计算）',
  layout: '版式与 2021 年格式不同',
  unreadable: '无法读取的单元格（已留空）',
  printedVsComputed: (printed: string, computed: number) =>
    `印的是 ${printed}，各项之和为 ${computed}`,
  printedBlank: '空白',
  fileTooBig: (mb: string) =>
    `文件太大（约 ${mb} MB），年度报告不会超过 5 MB，未导入任何内容。请确认选择的是年度报告文件。`,
  fileUnreadable: '无法读取这个文件，未导入任何内容。',
  replaceQuestion: (title: string) =>
    `已有同名报告“${title}”。用导入的报告替换吗？旧版本会保存在历史记录中。`,
  replace: '替换',
  keepBoth: '另建新草稿',
  saveFailed: (reason: string) => `创建草稿失败：${reason}`,
} as const;
