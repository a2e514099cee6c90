import { describe, expect, it } from 'vitest';
import { checkNarrativeNumbers } from './narrative-number';
import { findClaims } from './narrative-claims';
import { cleanReport, template, withFigures, withValues, type Figures } from './test-support';

// 沭阳县 2025 figures: 一 713, 二 36, 四 31, 行政复议 61, 直接起诉 3, 复议后起诉 10.
const figures: Figures = {
  received: 713,
  carriedOver: 36,
  carriedForward: 31,
  reconsideration: 61,
  directLitigation: 3,
  litigationAfterReconsideration: 10,
};
const check = (text: string, path = 'overview.onRequest') =>
  checkNarrativeNumbers(
    template,
    withValues(withFigures(cleanReport(), figures), { [path]: text }),
  );

describe('narrativeNumber: statements that agree', () => {
  it.each([
    '全年共受理政府信息公开申请 713 件。',
    '全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。',
    '全年收到政府信息公开申请 713 件，上年结转政府信息公开申请 36 件。',
    '收到依申请公开申请 713 件',
    '结转下年度继续办理 31 件',
    '全年发生行政复议 61 件，行政诉讼 13 件。',
    '有 61 件涉及政府信息公开工作的行政复议。涉及的行政诉讼数为 13 件。',
    '本年度涉及政府信息公开的行政复议、行政诉讼案件 74 件。',
    '全年受理政府信息公开申请７１３件。',
  ])('“%s”', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('narrativeNumber: numbers about other things never match', () => {
  it.each([
    '全年受理网络问政182件。',
    '全年主动公开政府信息 4511 条。',
    '其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件。',
    '办结 1191 件，予以公开及部分公开 208 件（17.46%）。',
    '受理政府信息公开申请同比增加 5 件。',
    '通过网上受理政府信息公开申请 500 件。',
    '全市各级行政机关共收到政府信息公开申请 9000 件。',
    '受理政府信息公开申请（含上年结转）749 件。',
    '上年结转（已全部办结）3 件。',
    '区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。',
    '受理政府信息公开申请并办结 100 件。',
    '被行政复议纠错 1 件，行政诉讼败诉 0 件。',
    '受理涉及政府信息公开的行政复议申请 3 件。',
    '依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 99 件。',
    '受理政府\n信息公开申请 17 件。',
    '2023年受理政府信息公开申请，办理时限平均 12 个工作日，按期办结 20 件。',
  ])('“%s”', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('compares nothing while the tables are blank', () => {
    const doc = withValues(cleanReport(), {
      'requests.newReceived.natural': null,
      'overview.onRequest': '受理政府信息公开申请 21 件',
    });
    // cleanReport's other applicant cells are 0, not blank: blank the whole row.
    const blank = template.table3.columns.reduce(
      (d, c) => withValues(d, { [`requests.newReceived.${c.key}`]: null }),
      doc,
    );
    expect(checkNarrativeNumbers(template, blank)).toEqual([]);
  });
});

describe('narrativeNumber: contradictions', () => {
  const cases: { text: string; fields: string[]; says: string[] }[] = [
    {
      text: '全年共受理政府信息公开申请 714 件。',
      fields: ['requests.newReceived.total', 'requests.carriedOver.total'],
      says: [
        '“受理政府信息公开申请 714 件”',
        '「一、本年新收」总计 713；「一、本年新收」总计 713 + 「二、上年结转」总计 36 = 749，都不是 714',
      ],
    },
    {
      text: '上年结转 30 件。',
      fields: ['requests.carriedOver.total'],
      says: ['「二、上年结转」总计 36，不是 30'],
    },
    {
      text: '结转下一年 5 件。',
      fields: ['requests.carriedForward.total'],
      says: ['「四、结转下年度继续办理」总计 31，不是 5'],
    },
    {
      text: '全年发生行政复议 60 件。',
      fields: ['appeals.reconsideration.total'],
      says: ['与表四不符：「行政复议」总计 61，不是 60'],
    },
    {
      text: '涉及的行政诉讼数为 12 件。',
      fields: ['appeals.directLitigation.total', 'appeals.litigationAfterReconsideration.total'],
      says: ['「未经复议直接起诉」总计 3 + 「复议后起诉」总计 10 = 13，不是 12'],
    },
    {
      text: '行政复议、行政诉讼案件共 75 件。',
      fields: [
        'appeals.reconsideration.total',
        'appeals.directLitigation.total',
        'appeals.litigationAfterReconsideration.total',
      ],
      says: [
        '「行政复议」总计 61 + 「未经复议直接起诉」总计 3 + 「复议后起诉」总计 10 = 74，不是 75',
      ],
    },
  ];

  it.each(cases)('“$text”', ({ text, fields, says }) => {
    const found = check(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'narrativeNumber',
      severity: 'warning',
      section: 'overview',
      fields: ['overview.onRequest', ...fields],
    });
    for (const s of says) expect(found[0]?.message).toContain(s);
    expect(found[0]?.message.startsWith('一、总体情况（二）依申请公开情况写')).toBe(true);
  });

  it('洪泽区 2023 受理 22 件 with 一 = 21 names both numbers', () => {
    const doc = withValues(
      withFigures(cleanReport(), { ...figures, received: 21, carriedOver: 0 }),
      {
        'overview.intro': '2023 年全区受理政府信息公开申请 22 件，均在法定期限答复。',
      },
    );
    const [v, ...rest] = checkNarrativeNumbers(template, doc);
    expect(rest).toEqual([]);
    expect(v?.fields[0]).toBe('overview.intro');
    expect(v?.message).toContain('22');
    expect(v?.message).toContain('「一、本年新收」总计 21');
  });

  it('reads every narrative field, section by section', () => {
    const found = check('全年受理政府信息公开申请 1 件。', 'improvement.problems');
    expect(found.map((v) => [v.section, v.fields[0]])).toEqual([
      ['improvement', 'improvement.problems'],
    ]);
  });
});

describe('findClaims', () => {
  const vocabulary = { reconsideration: '行政复议', litigation: '行政诉讼' };
  it('reads several statements of one sentence, each in its own clause', () => {
    const text =
      '市政府共受理政府信息公开申请 1,295 件，办结 1191 件（含上年结转 189 件），均在法定期限内答复。';
    expect(findClaims(text, vocabulary).map((c) => [c.kind, c.stated])).toEqual([
      ['received', 1295],
      ['carriedOver', 189],
    ]);
  });

  it('ignores a keyword inside an aside', () => {
    expect(findClaims('受理政府信息公开申请（含上年结转）749 件', vocabulary)).toEqual([]);
  });
});
