// The review's strings used before its panels have loaded (the cell markers over the editor, the
// line shown while the panels load, the toolbar's status badge, 审核 and 审核包 buttons): kept
// apart from strings.ts, which loads with the panels.
// strings.ts spreads these into `R`, so the panels use `R` for all.

export const R_FIRST = {
  workflow: '审核流程',
  loading: '正在加载审核功能…',
  loadFailed: '无法加载审核功能的程序文件，请检查网络后刷新页面。',
  arrow: ' → ',
  blank: '（空）',
  statusPrefix: '状态：',
  review: '审核',
  reviewTitle: '审核',
  reviewHint: '审核意见、自上次提交以来的修改和操作记录',
  reviewOpenComments: (n: number) => `（${n} 条未解决的意见）`,
  packageMenu: '审核包',
  setIdentity: '填写身份',
  setIdentityHint: '填写姓名和角色后，才能提交审核、审核定稿和填写意见',
};
