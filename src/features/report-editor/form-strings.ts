// Chinese UI strings of the editor's forms (报告信息, 确认无误) beyond those in strings.ts.

export const F = {
  /** The undo step of a change to 报告信息. */
  editMeta: '编辑报告信息',
  metaLoadFailed: '报告信息的表单未能加载，暂不能修改。请检查网络后刷新页面。',
  formLoadFailed: '表单未能加载，请检查网络后刷新页面。',
  ackHint: '说明为什么这条提示不是问题，如「本年未收取信息处理费」',
} as const;
