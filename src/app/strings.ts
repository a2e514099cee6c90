// Every UI string of the app shell and the persisted editor, in one place (the report's own
// wording comes from the template).

export const strings = {
  appName: '政府信息公开工作年度报告编辑器',
  appCodeName: 'nianbao',
  appTagline: '按国办公开办函〔2021〕30号格式编写、核对和导出政府信息公开工作年度报告',
  homeHint: '回到报告列表',
  topBarActions: '报告操作',
  sampleNotice: '示例报告（只读）：平湖市科技局 2021 年度报告，按 2021 年版格式排版。',
  sampleLabel: '示例报告',
  computedLegend: '灰底数字为自动合计，不需填写。',
  backToList: '返回报告列表',
  loading: '正在打开…',
  appLoadFailed: '无法加载本程序的文件，请检查网络后刷新页面。',
  noOfflineTitle: '离线使用',
  noOffline:
    '本程序是通过普通 HTTP 地址打开的，浏览器不能把它保存下来离线使用；其他功能都照常可用，报告仍保存在本机浏览器中。需要离线使用时，请让管理员改用 HTTPS 地址。',
} as const;

/** Strings of the persisted editor (autosave, lock, history). */
export const S = {
  saved: '已保存',
  saving: '正在保存…',
  failed: (reason: string) => `保存失败：${reason}`,
  conflict: (reason: string) => `保存失败：${reason}`,
  retry: '重试',
  reopen: '重新打开',
  exportJson: '导出本报告（JSON 文件）',
  readOnly: '此报告已在另一个标签页中打开，这里只能查看。关闭那个标签页后刷新即可编辑。',
  recovered: '已找回上次关闭页面前尚未写入的修改，正在保存。',
  missing: '找不到这份报告，它可能已被彻底删除。',
  openFailed: (reason: string) => `无法打开报告：${reason}`,
  history: '历史版本',
  snapshotSessionStart: '本次编辑前的版本',
  snapshotAuto: '编辑中自动保存的版本',
  snapshotBeforeRestore: '恢复历史版本前的版本',
  restoreBlocked: '当前修改尚未保存，暂不能恢复历史版本。',
  restoreFailed: (reason: string) => `恢复失败：${reason}`,
  versionChanged: '本程序已在另一个标签页中更新，本页面已停止保存。请先导出报告，然后刷新本页面。',
  creating: '正在创建报告…',
  createFailed: (reason: string) => `无法创建报告：${reason}`,
  updateReady: '本程序有新版本可用。',
  updateNow: '刷新以使用新版本',
  offlineReady: '本程序已可离线使用。',
  dismiss: '知道了',
  importNote: (issues: number) => (issues > 0 ? `（导入提示 ${issues} 条）` : ''),
  importCreated: (title: string) => `导入：${title}`,
  importBeforeReplace: '导入替换前的版本',
  importReplaced: '导入的新版本',
  importReplaceMissing: '要替换的报告已不存在，请改为另建新草稿。',
  reviewBlocked: '当前修改尚未保存，暂不能进行审核操作。',
  reviewStale: '报告已在别处被修改（另一个标签页或导入），请刷新页面后再操作。',
  reviewLocked: '报告已锁定，只能查看。',
  receivedReadOnly:
    '这是收到的报告，只能审核，不能在这里修改：需要修改时请退回报送机关，由其修改后重新报送。',
} as const;
