// Every UI string of the app shell, in one place (the report's own wording comes from the template).

export const strings = {
  appName: '政府信息公开工作年度报告编辑器',
  appCodeName: 'nianbao',
  appTagline: '按国办公开办函〔2021〕30号格式编写、核对和导出政府信息公开工作年度报告',
  sampleNotice: '示例报告（只读）：平湖市科技局 2021 年度报告，按 2021 年版格式排版。',
  sampleLabel: '示例报告',
  computedLegend: '灰底数字为自动合计，不需填写。',
} as const;
