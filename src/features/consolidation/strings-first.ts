// The strings shown while the 汇总's code loads (kept apart so the editor's chunk carries only these).

export const C_FIRST = {
  loading: '正在打开汇总报告…',
  loadFailed: '无法加载汇总报告的程序文件，请检查网络后刷新页面。',
} as const;
