// The forms' messages, in the words a clerk reads at the field (Simplified Chinese).

/** Messages of the form schemas (form-schemas.ts). */
export const FORM_MESSAGES = {
  agencyRequired: '请填写机关名称',
  agencyTooLong: (max: number) => `机关名称不能超过 ${max} 个字`,
  yearRequired: '请填写年度',
  yearFormat: '年度应为四位数字，如 2024',
  yearRange: (min: number, max: number) =>
    `年度应在 ${min} 年到 ${max} 年之间（年度报告自 ${min} 年起编制）`,
  titleRequired: '请填写标题',
  titleTooLong: (max: number) => `标题不能超过 ${max} 个字`,
  dateFormat: '成文日期应为 年-月-日，如 2024-01-20',
  dateInvalid: '成文日期不是日历上的日期，请检查月份和日',
  wayRequired: '请选择新建方式：空白、样例或由上年报告生成',
  nameRequired: '请填写您的姓名',
  nameTooLong: (max: number) => `姓名不能超过 ${max} 个字`,
  roleRequired: '请选择角色：填报人或审核人',
  reasonRequired: {
    return: '请填写退回修改的原因',
    revoke: '请填写撤销定稿的原因',
    ack: '请填写确认无误的理由',
  },
  reasonTooShort: (min: number) => `请至少写 ${min} 个字，说明原因`,
  reasonTooLong: (max: number) => `不能超过 ${max} 个字，请精简`,
  commentRequired: '请填写意见内容',
  commentTooLong: (max: number) => `意见不能超过 ${max} 个字，可分成几条`,
  pasteRequired: '请粘贴报告全文',
  notText: '请填写文字',
} as const;
