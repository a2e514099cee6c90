import type { TemplateDef, Table3RowDef } from './types';

// 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》as data.
// Labels are exactly as printed in the national template; every other part of the app
// (schema, grids, totals, rules, text/JSON/HTML formats) is derived from this object.

const leaves = (labels: readonly (readonly [string, string])[]): Table3RowDef[] =>
  labels.map(([key, label]) => ({ type: 'input', key, label }));

const table3Rows: readonly Table3RowDef[] = [
  { type: 'input', key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { type: 'input', key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  {
    type: 'group',
    key: null,
    label: '三、本年度办理结果',
    children: [
      { type: 'input', key: 'granted', label: '（一）予以公开' },
      {
        type: 'input',
        key: 'partiallyGranted',
        label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      },
      {
        type: 'group',
        key: 'denied',
        label: '（三）不予公开',
        children: leaves([
          ['stateSecret', '1.属于国家秘密'],
          ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
          ['threeSecurities', '3.危及“三安全一稳定”'],
          ['thirdPartyRights', '4.保护第三方合法权益'],
          ['internalAffairs', '5.属于三类内部事务信息'],
          ['processInformation', '6.属于四类过程性信息'],
          ['enforcementFiles', '7.属于行政执法案卷'],
          ['queryMatters', '8.属于行政查询事项'],
        ]),
      },
      {
        type: 'group',
        key: 'unavailable',
        label: '（四）无法提供',
        children: leaves([
          ['notHeld', '1.本机关不掌握相关政府信息'],
          ['needsCreation', '2.没有现成信息需要另行制作'],
          ['unclear', '3.补正后申请内容仍不明确'],
        ]),
      },
      {
        type: 'group',
        key: 'notProcessed',
        label: '（五）不予处理',
        children: leaves([
          ['complaint', '1.信访举报投诉类申请'],
          ['repeated', '2.重复申请'],
          ['publication', '3.要求提供公开出版物'],
          ['excessive', '4.无正当理由大量反复申请'],
          ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
        ]),
      },
      {
        type: 'group',
        key: 'otherHandling',
        label: '（六）其他处理',
        children: leaves([
          ['overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
          [
            'overdueFee',
            '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
          ],
          ['other', '3.其他'],
        ]),
      },
      { type: 'computed', key: 'resultsTotal', label: '（七）总计' },
    ],
  },
  { type: 'input', key: 'carriedForward', label: '四、结转下年度继续办理' },
];

/** The 2021 national template. */
export const gov2021 = {
  id: '2021',
  sections: [
    {
      key: 'overview',
      title: '一、总体情况',
      ordinal: '一',
      content: 'narratives',
      narratives: [
        { path: 'overview.intro', heading: '', label: '开篇说明', required: false },
        {
          path: 'overview.proactive',
          heading: '（一）主动公开情况',
          label: '主动公开情况',
          required: true,
        },
        {
          path: 'overview.onRequest',
          heading: '（二）依申请公开情况',
          label: '依申请公开情况',
          required: true,
        },
        {
          path: 'overview.management',
          heading: '（三）政府信息管理情况',
          label: '政府信息管理情况',
          required: true,
        },
        {
          path: 'overview.platform',
          heading: '（四）政府信息公开平台建设情况',
          label: '政府信息公开平台建设情况',
          required: true,
        },
        {
          path: 'overview.oversight',
          heading: '（五）监督保障情况',
          label: '监督保障情况',
          required: true,
        },
      ],
    },
    {
      key: 'proactive',
      title: '二、主动公开政府信息情况',
      ordinal: '二',
      content: 'table2',
      narratives: [],
    },
    {
      key: 'requests',
      title: '三、收到和处理政府信息公开申请情况',
      ordinal: '三',
      content: 'table3',
      narratives: [],
    },
    {
      key: 'appeals',
      title: '四、政府信息公开行政复议、行政诉讼情况',
      ordinal: '四',
      content: 'table4',
      narratives: [],
    },
    {
      key: 'improvement',
      title: '五、存在的主要问题及改进情况',
      ordinal: '五',
      content: 'narratives',
      narratives: [
        {
          path: 'improvement.problems',
          heading: '（一）存在的主要问题',
          label: '存在的主要问题',
          required: true,
        },
        {
          path: 'improvement.measures',
          heading: '（二）改进情况',
          label: '改进情况',
          required: true,
        },
      ],
    },
    {
      key: 'otherMatters',
      title: '六、其他需要报告的事项',
      ordinal: '六',
      content: 'narratives',
      narratives: [
        { path: 'otherMatters', heading: '', label: '其他需要报告的事项', required: true },
      ],
    },
  ],
  table2: {
    itemHeader: '信息内容',
    blocks: [
      {
        caption: '第二十条第（一）项',
        kind: 'count',
        columns: [
          { key: 'issued', label: '本年制发件数' },
          { key: 'repealed', label: '本年废止件数' },
          { key: 'inForce', label: '现行有效件数' },
        ],
        rows: [
          { key: 'regulations', label: '规章' },
          { key: 'normativeDocuments', label: '行政规范性文件', aliases: ['规范性文件'] },
        ],
      },
      {
        caption: '第二十条第（五）项',
        kind: 'count',
        columns: [{ key: null, label: '本年处理决定数量' }],
        rows: [{ key: 'licensing', label: '行政许可' }],
      },
      {
        caption: '第二十条第（六）项',
        kind: 'count',
        columns: [{ key: null, label: '本年处理决定数量' }],
        rows: [
          { key: 'punishment', label: '行政处罚' },
          { key: 'coercion', label: '行政强制' },
        ],
      },
      {
        caption: '第二十条第（八）项',
        kind: 'amount',
        columns: [{ key: null, label: '本年收费金额（单位：万元）' }],
        rows: [{ key: 'feeAmount', label: '行政事业性收费' }],
      },
    ],
  },
  table3: {
    note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applicantHeader: '申请人情况',
    columns: [
      { key: 'natural', label: '自然人' },
      { key: 'commercial', label: '商业企业', group: '法人或其他组织' },
      { key: 'research', label: '科研机构', group: '法人或其他组织' },
      { key: 'nonprofit', label: '社会公益组织', group: '法人或其他组织' },
      { key: 'legalService', label: '法律服务机构', group: '法人或其他组织' },
      { key: 'other', label: '其他', group: '法人或其他组织' },
    ],
    total: { key: 'total', label: '总计' },
    rows: table3Rows,
    labelLevels: 3,
  },
  table4: {
    groups: [
      { key: 'reconsideration', label: '行政复议' },
      { key: 'directLitigation', label: '未经复议直接起诉', parent: '行政诉讼' },
      { key: 'litigationAfterReconsideration', label: '复议后起诉', parent: '行政诉讼' },
    ],
    outcomes: [
      { key: 'upheld', label: '结果维持' },
      { key: 'corrected', label: '结果纠正' },
      { key: 'other', label: '其他结果' },
      { key: 'pending', label: '尚未审结' },
    ],
    total: { key: 'total', label: '总计' },
  },
} as const satisfies TemplateDef;
