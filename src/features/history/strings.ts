// Chinese UI strings of the history panel.

export const H = {
  title: '历史版本',
  empty: '还没有历史版本。编辑时会自动保存历史版本。',
  loading: '正在读取历史版本…',
  loadFailed: '无法加载历史版本的程序文件，请检查网络后重试。',
  time: '时间',
  description: '说明',
  version: '版本',
  actions: '操作',
  view: '查看',
  restore: '恢复此版本',
  restoring: '正在恢复…',
  back: '返回编辑',
  viewing: (time: string) => `正在查看 ${time} 的历史版本（只读）`,
  unreadable: (reason: string) => `这个历史版本无法打开：${reason}`,
  failed: (reason: string) => `无法读取历史版本：${reason}`,
  restoreHint: '恢复前会先把当前版本存入历史，因此恢复也可以撤回。',
  kinds: {
    auto: '自动',
    import: '导入',
    submit: '提交',
    return: '退回',
    approve: '审核通过',
    restore: '恢复前',
    conflict: '冲突',
  },
} as const;
