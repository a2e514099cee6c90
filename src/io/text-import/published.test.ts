import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { getCell, type ReportDocument } from '../../domain/report/document';
import type { ImportIssue } from '../import-result';
import { published, readPublished } from '../testing/samples';
import { importText } from './index';

// Expectations from samples/published/INDEX.md ("What the app reports for each file").

function load(name: string): { doc: ReportDocument; issues: readonly ImportIssue[] } {
  const r = importText(gov2021, published(name));
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return { doc: r.document, issues: r.issues };
}

const HONGZE_2023 = '2023_huaian_hongzequ_renminzhengfu.txt';
const FAGAI_2023 = '2023_suqian_shuyangxian_fazhangaigeju.txt';
const HONGZE_2024 = '2024_huaian_hongzequ_renminzhengfu.txt';
const KEWEI_2024 = '2024_shanghai_shi_kexuejishu_weiyuanhui.txt';
const BANGONGTING_2025 = '2025_shanghai_shizhengfu_bangongting.txt';
const SHUYANG_2025 = '2025_suqian_shuyangxian_renminzhengfu.txt';

const printedTotals: Record<
  string,
  { fields: string[]; printed: number | null; computed: number }[]
> = {
  [HONGZE_2023]: [
    { fields: ['appeals.reconsideration.total'], printed: 0, computed: 11 },
    { fields: ['appeals.litigationAfterReconsideration.total'], printed: 0, computed: 5 },
  ],
  [KEWEI_2024]: [{ fields: ['requests.carriedForward.total'], printed: null, computed: 1 }],
};

const singleSixthRow = [HONGZE_2023, HONGZE_2024];

describe('importText on the published reports', () => {
  it.each(readPublished().map((p) => p.name))(
    '%s imports with the INDEX printedTotal issues',
    (name) => {
      const { issues } = load(name);
      const found = issues
        .filter((i) => i.rule === 'printedTotal')
        .map(({ fields, printed, computed }) => ({ fields: [...fields], printed, computed }));
      expect(found).toEqual(printedTotals[name] ?? []);
      for (const i of issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it.each(readPublished().map((p) => p.name))(
    '%s has only the layout issues the INDEX lists',
    (name) => {
      const { issues } = load(name);
      expect(issues.filter((i) => i.rule === 'unreadable')).toEqual([]);
      const layout = issues.filter((i) => i.rule === 'layout');
      // The published texts print the official label 行政规范性文件 (the INDEX notes record that the
      // sources said 规范性文件), so only the single （六） row remains; see the alias test below.
      expect(layout.length).toBe(singleSixthRow.includes(name) ? 1 : 0);
      if (layout[0]) expect(layout[0].message).toContain('（六）其他处理');
    },
  );

  it('reads the label 规范性文件 as 行政规范性文件 with a layout issue', () => {
    for (const name of [FAGAI_2023, KEWEI_2024]) {
      const text = published(name).replace(/^行政规范性文件\t/m, '规范性文件\t');
      const r = importText(gov2021, text);
      if (!r.ok) throw new Error(r.error);
      expect(r.document).toEqual(load(name).doc);
      const layout = r.issues.filter((i) => i.rule === 'layout');
      expect(layout).toHaveLength(1);
      expect(layout[0]?.message).toContain('规范性文件');
      expect(layout[0]?.fields).toContain('proactive.normativeDocuments.inForce');
    }
  });

  it('reads spot-checked values', () => {
    const cell = (name: string, path: string) => getCell(load(name).doc, path);
    expect(cell(HONGZE_2023, 'proactive.feeAmount')).toBe(7730.28);
    expect(cell(SHUYANG_2025, 'proactive.feeAmount')).toBe(4068.208);
    expect(cell(SHUYANG_2025, 'proactive.licensing')).toBe(517645);
    expect(cell(SHUYANG_2025, 'proactive.punishment')).toBe(693957);
    expect(cell(HONGZE_2023, 'appeals.reconsideration.upheld')).toBe(10);
    expect(cell(HONGZE_2023, 'appeals.litigationAfterReconsideration.upheld')).toBe(5);
    expect(cell(BANGONGTING_2025, 'requests.newReceived.natural')).toBe(1259);
    expect(cell(BANGONGTING_2025, 'requests.otherHandling.other.natural')).toBe(264);
    expect(cell(BANGONGTING_2025, 'proactive.regulations.repealed')).toBeNull();
    expect(cell(BANGONGTING_2025, 'proactive.normativeDocuments.repealed')).toBeNull();
    expect(cell(BANGONGTING_2025, 'proactive.normativeDocuments.inForce')).toBe(189);
    expect(cell(KEWEI_2024, 'requests.carriedForward.natural')).toBe(1);
    expect(cell(KEWEI_2024, 'requests.otherHandling.overdueCorrection.commercial')).toBe(2);
  });

  it('keeps the blank 法人或其他组织 cells of 沭阳县发改局 blank', () => {
    const { doc } = load(FAGAI_2023);
    for (const col of ['commercial', 'research', 'nonprofit', 'legalService', 'other']) {
      for (const row of [
        'newReceived',
        'granted',
        'denied.stateSecret',
        'otherHandling.other',
        'carriedForward',
      ]) {
        expect(getCell(doc, `requests.${row}.${col}`)).toBeNull();
      }
    }
    expect(getCell(doc, 'requests.newReceived.natural')).toBe(26);
    expect(getCell(doc, 'appeals.reconsideration.pending')).toBe(1);
  });

  it('spreads a single （六） row of zeros over all three sub-rows', () => {
    const { doc } = load(HONGZE_2023);
    for (const leaf of ['overdueCorrection', 'overdueFee', 'other']) {
      expect(getCell(doc, `requests.otherHandling.${leaf}.natural`)).toBe(0);
    }
  });

  it('puts a non-zero single （六） figure in 3.其他 and leaves the other sub-rows blank', () => {
    const text = published(HONGZE_2023).replace(/^\t\(六\) 其他处理\t0\t/m, '\t(六) 其他处理\t3\t');
    const r = importText(gov2021, text);
    if (!r.ok) throw new Error(r.error);
    expect(getCell(r.document, 'requests.otherHandling.other.natural')).toBe(3);
    expect(getCell(r.document, 'requests.otherHandling.overdueCorrection.natural')).toBeNull();
    expect(getCell(r.document, 'requests.otherHandling.overdueFee.natural')).toBeNull();
    expect(getCell(r.document, 'requests.otherHandling.overdueFee.commercial')).toBe(0);
    // The printed （七）总计 (21) no longer matches the parts (24): reported, then recomputed.
    const totals = r.issues.filter((i) => i.rule === 'printedTotal').map((i) => i.fields[0]);
    expect(totals).toContain('requests.resultsTotal.natural');
  });

  it('reads agency, year and a non-default title', () => {
    expect(load(KEWEI_2024).doc.meta).toEqual({
      agency: '上海市科委',
      year: 2024,
      title: '2024年上海市科委政府信息公开工作年度报告',
      publishedOn: null,
    });
    expect(load(HONGZE_2024).doc.meta.agency).toBe('淮安市洪泽区人民政府');
    expect(load(FAGAI_2023).doc.meta.year).toBe(2023);
  });

  it('splits inline sub-headings and unwraps PDF lines', () => {
    const { doc } = load(HONGZE_2023);
    expect(doc.overview.proactive).toBe(
      '主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。2023 年，我区在政府网站平台主动公开政府信息 1136 条。',
    );
    expect(doc.overview.management?.startsWith('加强区政府门户网站')).toBe(true);
    expect(doc.overview.intro).toContain('根据《中华人民共和国政府信息公开条例》（国令第 711 号）');
    expect(doc.improvement.problems?.startsWith('2023 年，洪泽区')).toBe(true);
    expect(doc.otherMatters).toContain('信息处理费 0 元');
  });
});
