// The review's strings used before its panels have loaded (the cell markers over the editor and
// the line shown while the panels load): kept apart from strings.ts, which loads with the panels.
// strings.ts spreads these into `R`, so the panels use `R` for all.

export const R_FIRST = {
  workflow: '审核流程',
  loading: '正在加载审核功能…',
  loadFailed: '无法加载审核功能的程序文件，请检查网络后刷新页面。',
  arrow: ' → ',
  blank: '（空）',
  startTitle: '审核包交换',
};
