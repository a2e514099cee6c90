// Chinese UI strings of the office workspace (汇总工作台, issue 12).

export const W = {
  title: '汇总工作台',
  titleOf: (year: number) => `${year} 年度汇总工作台`,
  year: '年度',
  myReports: '我的报告',
  myReportsHint: '回到我的报告列表',
  loading: '正在读取本机保存的报告…',
  listFailed: (reason: string) => `无法读取本机保存的报告：${reason}`,
  // header counts
  received: (n: number, expected: number | null) =>
    expected === null ? `已收 ${n} 份（未设名单）` : `已收 ${n} / 应收 ${expected}`,
  totals: (errors: number, warnings: number) => `错误 ${errors} 个，提示 ${warnings} 个`,
  unchecked: (n: number) => `${n} 份未检查`,
  // columns
  select: '选择',
  selectAll: '选择本页全部报告',
  selectRow: (agency: string) => `选择 ${agency}`,
  agency: '机关',
  status: '状态',
  errors: '错误',
  warnings: '提示',
  previous: '与上年',
  newReceived: '本年新收',
  grandTotal: '（七）总计',
  carriedForward: '结转下年度',
  reconsiderationTotal: '行政复议 总计',
  litigationTotal: '行政诉讼 总计',
  source: '来源',
  updatedAt: '最后修改',
  notChecked: '未检查',
  // statuses and 与上年
  statusReceived: '已收到',
  statusMissing: '未报送',
  consistent: '一致',
  mismatches: (n: number) => `${n} 处不符`,
  noPrevious: '无上年',
  comparing: '比较中…',
  // 来源
  sourceTyped: '本机填写',
  sourceConsolidated: '汇总',
  formats: {
    text: '文本',
    html: '网页',
    json: 'JSON',
    docx: 'Word',
    pdf: 'PDF',
    xlsx: 'Excel',
    'review-package': '审核包',
  } as Record<string, string>,
  // table tools
  filterText: '搜索机关',
  filterStatus: '状态筛选',
  all: '全部',
  columns: '显示列',
  sortedAsc: '（升序）',
  sortedDesc: '（降序）',
  shown: (shown: number, total: number) => `显示 ${shown} 行，共 ${total} 行`,
  emptyTitle: '本年度还没有报告',
  emptyHow: '把各部门报送的文件拖到本页，或点击上方的“接收报告文件”。',
  noMatch: '没有符合筛选条件的机关。',
  tableLabel: (year: number) => `${year} 年度各机关报告`,
} as const;

/** Strings of receiving files. */
export const WR = {
  title: '接收报告',
  pick: '接收报告文件',
  pickLabel: '选择要接收的报告文件（可多选）',
  dropHint:
    '也可以把文件或整个文件夹拖到本页。可接收审核包、JSON、文本和网页文件，每个文件单独导入，一个文件有问题不影响其他文件。',
  newerRule: '同一机关同一年度收到多份时，以文件修改时间较晚的为准，较旧的一份存入历史记录。',
  dropHere: '松开鼠标即可接收这些文件',
  working: (done: number, total: number) => `正在接收：${done} / ${total}`,
  done: (total: number, counts: string) => `已处理 ${total} 个文件：${counts}`,
  count: (label: string, n: number) => `${label} ${n} 个`,
  results: '接收结果',
  clear: '清除结果',
  unreadableFile: (reason: string) => `文件无法读取（${reason}），未导入任何内容。`,
  noFiles: '没有找到可接收的文件。',
  writeFailed: (reason: string) => `保存失败：${reason}，未导入任何内容。`,
  packageConflict:
    '本机的这份报告和审核包里的版本都有修改，未导入。请打开这份报告，用“导入审核包”选择保留哪个版本。',
  packageCreated: (agency: string, year: number) => `新增：${agency} ${year} 年度报告（审核包）`,
  packageMerged: (agency: string, year: number) =>
    `已更新：${agency} ${year} 年度报告（审核包中的修改和意见已合并，旧版本已存入历史记录）`,
  packageSame: (agency: string, year: number) =>
    `与已存相同：${agency} ${year} 年度报告（审核包没有新内容）`,
  otherYear: (year: number) => `（${year} 年度报告，已放入 ${year} 年工作台）`,
  snapshotBeforeUpdate: (file: string) => `收到较新的文件「${file}」前的版本`,
  snapshotOlder: (file: string) => `收到的较旧文件「${file}」（未采用）`,
} as const;

/** Strings of the batch actions and the identity they are recorded under. */
export const WB = {
  groupLabel: '对选中的报告',
  selected: (n: number) => `已选 ${n} 份`,
  actions: { return: '批量退回', approve: '批量定稿', export: '导出审核包' },
  returnAction: '批量退回',
  approveAction: '批量定稿',
  exportAction: '导出审核包',
  noneSelected: '请先在表格中勾选报告。',
  summary: (action: string, done: number, refused: number) =>
    refused === 0
      ? `${action}：已完成 ${done} 份。`
      : `${action}：已完成 ${done} 份，${refused} 份未执行：`,
  refused: (agency: string, reason: string) => `${agency}：${reason}`,
  reasonTitle: '批量退回修改',
  reasonLabel: '退回理由（所有选中的报告使用同一理由）',
  reasonHint: '理由会记入每份报告的操作记录，并随审核包发给报送机关。',
  reasonNeeded: '请填写退回理由。',
  confirmReturn: (n: number) => `退回 ${n} 份报告`,
  cancel: '取消',
  working: '正在处理…',
  identityNeeded: '审核操作会记录操作人：请先在右上角“设置”中填写姓名并选择“审核人”。',
  actorShown: (who: string) => `操作人：${who}，可在右上角“设置”中更改。`,
  actorMissing: '批量退回、批量定稿会记录操作人：请先在右上角“设置”中填写我的身份。',
  zipName: (year: number, n: number) => `${year}年度审核包（${n}份）.zip`,
  loadFailed: (reason: string) => `无法读取这份报告：${reason}`,
} as const;

/** Strings of exporting the table. */
export const WX = {
  xlsx: '导出 Excel',
  csv: '导出 CSV',
  sheetName: (year: number) => `${year}年度汇总`,
  done: (name: string) => `已导出“${name}”。`,
  failed: (reason: string) => `导出失败：${reason}`,
} as const;

/** Strings of the roster (名单). */
export const WN = {
  title: '应报送机关名单',
  summary: (n: number | null) => (n === null ? '未设名单' : `共 ${n} 个机关`),
  edit: '编辑名单',
  label: '应报送的机关（每行一个，可从 Excel 或 Word 中复制粘贴）',
  save: '保存名单',
  copyLast: (year: number) => `复制 ${year} 年度的名单`,
  copyNone: (year: number) => `${year} 年度没有名单，也没有报告可复制。`,
  copied: (n: number, year: number) =>
    `已填入 ${year} 年度的 ${n} 个机关，检查后请点击“保存名单”。`,
  saved: (n: number) => `名单已保存：${n} 个机关。`,
  saveFailed: (reason: string) => `名单保存失败：${reason}`,
  offersTitle: '名称相近，请确认',
  offer: (name: string, candidate: string) => `「${name}」可能是「${candidate}」？`,
  accept: '是同一机关',
  acceptLabel: (name: string, candidate: string) => `「${name}」与「${candidate}」是同一机关`,
  keep: '不是，分开',
  keepLabel: (name: string, candidate: string) => `「${name}」与「${candidate}」不是同一机关`,
  accepted: (name: string, candidate: string) => `名单中的「${name}」已改为「${candidate}」。`,
} as const;

/** Strings of the 生成汇总报告 dialog. */
export const WC = {
  open: '生成汇总报告',
  title: (year: number) => `生成 ${year} 年度汇总报告`,
  agency: '本级政府名称（汇总报告的机关名称）',
  agencyHint: '如：平湖市人民政府。各表数字为所选报告之和，文字部分留空，由本办撰写。',
  agencyNeeded: '请填写本级政府名称。',
  sources: '要汇总的报告',
  sourcesHint: '默认选中已收到且没有错误的报告。',
  selectDefault: '恢复默认选择',
  selectAll: '全选',
  selectNone: '全不选',
  option: (agency: string, status: string, problems: string) =>
    `${agency}（${status}，${problems}）`,
  problems: (errors: number | null) => (errors === null ? '未检查' : `错误 ${errors} 个`),
  consolidated: '汇总',
  added: (names: string) => `以下报告不在默认范围（已收到且没有错误）内，汇总结果将注明：${names}`,
  noneSelected: '请至少选择一份报告。',
  generate: '生成汇总报告',
  generating: '正在汇总…',
  cancel: '取消',
  refused: '未生成汇总报告：',
  failed: (reason: string) => `未生成汇总报告：${reason}`,
} as const;
