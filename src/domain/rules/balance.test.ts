import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listResultRows } from '../template/cells';
import { createEmptyReport, getCell, setAtPath, type ReportDocument } from '../report/document';
import { sample2021 } from '../samples/sample-2021';
import { checkBalance } from './balance';
import { cleanReport, template, withValues } from './test-support';

const columnFields = (col: string) => [
  `requests.newReceived.${col}`,
  `requests.carriedOver.${col}`,
  `requests.resultsTotal.${col}`,
  `requests.carriedForward.${col}`,
];

describe('balance', () => {
  it('holds for the all-zero sample, a clean report and an empty (all blank) report', () => {
    expect(checkBalance(template, sample2021)).toEqual([]);
    expect(checkBalance(template, cleanReport())).toEqual([]);
    expect(
      checkBalance(template, createEmptyReport(template, { agency: 'x', year: 2024 })),
    ).toEqual([]);
  });

  const cases: {
    name: string;
    values: Record<string, number | null>;
    columns: string[];
    says: string[];
  }[] = [
    {
      name: 'more received than handled in 商业企业',
      values: { 'requests.newReceived.commercial': 3, 'requests.granted.commercial': 1 },
      columns: ['commercial', 'total'],
      says: [
        '表三「商业企业」列：一、本年新收 3 + 二、上年结转 0 = 3，但（七）总计 1 + 四、结转下年度继续办理 0 = 1，相差 2',
        '表三「总计」列：一、本年新收 3 + 二、上年结转 0 = 3，但（七）总计 1 + 四、结转下年度继续办理 0 = 1，相差 2',
      ],
    },
    {
      name: 'more handled than received in 自然人 (carried forward counts on the right)',
      values: {
        'requests.newReceived.natural': 5,
        'requests.carriedOver.natural': 1,
        'requests.denied.stateSecret.natural': 4,
        'requests.carriedForward.natural': 3,
      },
      columns: ['natural', 'total'],
      says: ['（七）总计 4 + 四、结转下年度继续办理 3 = 7，相差 1'],
    },
    {
      name: 'two columns off in opposite directions: the 总计 column still balances',
      values: { 'requests.newReceived.natural': 2, 'requests.granted.research': 2 },
      columns: ['natural', 'research'],
      says: ['表三「自然人」列', '表三「科研机构」列'],
    },
    {
      name: 'blank cells count as 0',
      values: {
        'requests.newReceived.other': 2,
        'requests.granted.other': null,
        'requests.otherHandling.other.other': 2,
      },
      columns: [],
      says: [],
    },
  ];

  it.each(cases)('$name', ({ values, columns, says }) => {
    const found = checkBalance(template, withValues(cleanReport(), values));
    expect(found.map((v) => v.fields)).toEqual(columns.map(columnFields));
    for (const v of found) {
      expect(v.rule).toBe('balance');
      expect(v.severity).toBe('error');
      expect(v.section).toBe('requests');
    }
    const messages = found.map((v) => v.message).join('\n');
    for (const s of says) expect(messages).toContain(s);
  });
});

// A table 3 generated to balance: per column, results and carried-forward are random; received
// and carried-over split their sum at random. Blank (null) result cells count as 0.
const applicantKeys = template.table3.columns.map((c) => c.key);
const resultKeys = listResultRows(template).map((r) => r.key);
const cell = fc.option(fc.nat(500), { nil: null, freq: 5 });
const column = fc.record({
  results: fc.array(cell, { minLength: resultKeys.length, maxLength: resultKeys.length }),
  forward: fc.nat(500),
  split: fc.double({ min: 0, max: 1, noNaN: true }),
});

function balancedDoc(
  columns: readonly { results: (number | null)[]; forward: number; split: number }[],
): ReportDocument {
  let doc = cleanReport();
  columns.forEach((col, i) => {
    const key = applicantKeys[i] ?? '';
    const handled = col.results.reduce<number>((s, v) => s + (v ?? 0), 0) + col.forward;
    const carried = Math.floor(handled * col.split);
    resultKeys.forEach(
      (r, j) => (doc = setAtPath(doc, `requests.${r}.${key}`, col.results[j] ?? null)),
    );
    doc = withValues(doc, {
      [`requests.carriedForward.${key}`]: col.forward,
      [`requests.carriedOver.${key}`]: carried,
      [`requests.newReceived.${key}`]: handled - carried,
    });
  });
  return doc;
}

describe('balance (property)', () => {
  const table = fc.array(column, {
    minLength: applicantKeys.length,
    maxLength: applicantKeys.length,
  });

  it('a table 3 generated to balance raises no balance', () => {
    fc.assert(fc.property(table, (cols) => checkBalance(template, balancedDoc(cols)).length === 0));
  });

  it('adding k > 0 to one 一、本年新收 cell raises exactly that column and 总计', () => {
    const arb = fc.tuple(
      table,
      fc.nat(applicantKeys.length - 1),
      fc.integer({ min: 1, max: 1000 }),
    );
    fc.assert(
      fc.property(arb, ([cols, i, k]) => {
        const key = applicantKeys[i] ?? '';
        const doc = balancedDoc(cols);
        const path = `requests.newReceived.${key}`;
        const changed = setAtPath(doc, path, (getCell(doc, path) ?? 0) + k);
        const found = checkBalance(template, changed);
        expect(found.map((v) => v.fields)).toEqual([columnFields(key), columnFields('total')]);
        expect(
          found.every((v) =>
            v.message.endsWith(
              `相差 ${k}（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）`,
            ),
          ),
        ).toBe(true);
      }),
    );
  });
});
