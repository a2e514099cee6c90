// Chinese UI strings of a consolidated (汇总) report in the editor: its sources, the tooltip and
// panel of a cell's contributions, and the out-of-date banner.

import { problemBadgeText } from '@/components/problem-counts';

export const C = {
  barLabel: '汇总来源',
  summary: (n: number) => `本报告由 ${n} 个机关的报告汇总生成。`,
  readOnlyNote:
    '各表数字是来源报告之和，不能在这里修改：请修改来源报告，然后重新汇总。文字部分可以直接编写。',
  gridHint: '汇总数字只读：方向键移动，悬停或选中单元格可查看各机关的数值',
  includedWithErrors: (agencies: string) => `以下来源报告有错误，仍被汇总：${agencies}`,
  showPanel: '来源明细',
  hidePanel: '收起来源明细',
  panelTitle: '来源明细',
  panelPick: '选中表格中的一个单元格，这里列出各机关填报的数值（从大到小）。',
  panelSources: (n: number) => `来源报告（${n} 个）`,
  sourceProblems: (errors: number, warnings: number) => problemBadgeText({ errors, warnings }),
  cellTotal: (value: string) => `汇总数：${value === '' ? '空' : value}`,
  nonZero: (n: number) => `填报数值的机关（${n} 个）`,
  zero: (n: number) => `填 0 的机关（${n} 个）`,
  blank: (n: number) => `未填的机关（${n} 个）`,
  noneNonZero: '没有机关填报大于 0 的数值。',
  more: (n: number) => `另有 ${n} 个机关，见“来源明细”`,
  tipZeroBlank: (zero: number, blank: number) =>
    [zero > 0 ? `${zero} 个机关填 0` : '', blank > 0 ? `${blank} 个机关未填` : '']
      .filter(Boolean)
      .join('，'),
  tipEmpty: '所有来源报告此格均未填写',
  staleTitle: '汇总数字可能已过时',
  changed: (agencies: string) => `汇总后，以下来源报告已有修改：${agencies}。`,
  trashed: (agencies: string) => `以下来源报告已移入回收站：${agencies}。`,
  purged: (agencies: string) => `以下来源报告已被彻底删除或无法读取：${agencies}。`,
  rerun: '重新汇总',
  rerunning: '正在重新汇总…',
  rerunHint:
    '重新汇总按现有的来源报告重新计算各表数字（已删除的报告不再计入），当前版本保存在历史版本中，已写的文字保留。',
  rerunLocked: '报告已锁定，不能重新汇总。',
  rerunDone: '已重新汇总，表格数字已更新。',
  rerunFailed: (reason: string) => `未能重新汇总：${reason}`,
  rerunNoSources: '所有来源报告都已删除，无法重新汇总。',
  listSeparator: '、',
  stateChanged: '汇总后已修改',
  stateTrashed: '已移入回收站',
  statePurged: '已删除',
  snapshotCreated: (n: number) => `由 ${n} 个机关的报告汇总生成`,
  snapshotBeforeRerun: '重新汇总前的版本',
  replaceMissing: '要重新汇总的报告已不存在（可能已被彻底删除）。',
  sourcesUnreadable: (n: number) =>
    `有 ${n} 份来源报告无法读取（可能已被彻底删除或已损坏），未生成汇总。请刷新后重新选择。`,
  sourcesTrashed: (agencies: string) =>
    `以下来源报告在回收站中，未生成汇总：${agencies}。请先从回收站恢复，或不选这些报告。`,
} as const;
