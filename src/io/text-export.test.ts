import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gov2021 } from '../domain/template/gov-2021';
import { listInputCells, listNarratives } from '../domain/template/cells';
import { createEmptyReport, setAtPath, type ReportDocument } from '../domain/report/document';
import { sample2021 } from '../domain/samples/sample-2021';
import { readPublished } from './testing/samples';
import { exportText } from './text-export';
import { importText } from './text-import';

function reimport(doc: ReportDocument) {
  const r = importText(gov2021, exportText(gov2021, doc));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('exportText', () => {
  const text = exportText(gov2021, sample2021);
  const lines = text.split('\n');

  it('prints the title, the section headings and the narrative sub-headings', () => {
    expect(lines[0]).toBe('# 平湖市科技局2021年度政府信息公开工作年度报告');
    for (const s of gov2021.sections) expect(lines).toContain(`## ${s.title}`);
    for (const n of listNarratives(gov2021))
      if (n.heading) expect(lines).toContain(`### ${n.heading}`);
  });

  it('prints table 3 rows as 3 label cells and 7 values, with computed totals', () => {
    const doc = setAtPath(
      setAtPath(sample2021, 'requests.granted.natural', 4),
      'requests.granted.other',
      null,
    );
    const rows = exportText(gov2021, doc).split('\n');
    expect(rows).toContain('三、本年度办理结果\t（一）予以公开\t\t4\t0\t0\t0\t0\t\t4');
    expect(rows).toContain('\t（七）总计\t\t4\t0\t0\t0\t0\t0\t4');
    expect(rows).toContain('\t\t3.其他\t0\t0\t0\t0\t0\t0\t0');
    expect(rows).toContain('一、本年新收政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0');
    const table3 = rows.filter((l) => l.split('\t').length === 10);
    expect(table3).toHaveLength(3 + 25);
  });

  it('prints table 4 as header lines and one line of 15 values', () => {
    const doc = setAtPath(sample2021, 'appeals.reconsideration.upheld', 10);
    const rows = exportText(gov2021, doc).split('\n');
    expect(rows).toContain('10\t0\t0\t0\t10\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
  });

  it('ends with the signature and the 成文日期', () => {
    const doc = { ...sample2021, meta: { ...sample2021.meta, publishedOn: '2022-01-20' } };
    expect(exportText(gov2021, doc).endsWith('\n无\n\n平湖市科技局\n2022年1月20日\n')).toBe(true);
    expect(text.endsWith('\n无\n\n平湖市科技局\n')).toBe(true);
  });
});

describe('exportText → importText round trips', () => {
  it('gives back the sample', () => {
    const r = reimport(sample2021);
    expect(r.document).toEqual(sample2021);
    expect(r.issues).toEqual([]);
  });

  it.each(readPublished().map((p) => [p.name, p.text]))('gives back %s', (_name, text) => {
    const first = importText(gov2021, text);
    if (!first.ok) throw new Error(first.error);
    const again = reimport(first.document);
    expect(again.document).toEqual(first.document);
    expect(again.issues.filter((i) => i.rule !== 'layout')).toEqual([]);
  });

  it('gives back random documents', () => {
    fc.assert(
      fc.property(arbitraryReport(), (doc) => {
        const r = reimport(doc);
        expect(r.document).toEqual(doc);
        expect(r.issues).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // 200 round trips: ~1 s when the machine is idle, past vitest's 5 s default once under load.
  }, 30_000);
});

// Canonical narratives: trimmed paragraphs joined by a blank line, none starting with `#` or a
// heading ordinal (those would be headings in any text format).
const BODY =
  '政府信息公开工作年度报告我局积极推进主动依申请平台监督保障情况要点规范文件数据统计，、；：。（）《》“”0123456789 abc';
const FIRST = '政府信息公开我局积极推进规范数据';
const paragraph = fc
  .tuple(fc.constantFrom(...FIRST), fc.string({ unit: fc.constantFrom(...BODY), maxLength: 80 }))
  .map(([a, b]) => `${a}${b}`.trim());
const narrative = fc.array(paragraph, { maxLength: 3 }).map((ps) => ps.join('\n\n'));
const count = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 9_999_999 }));
const amount = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: 0, max: 9_999_999_000_000 }).map((n) => n / 1_000_000),
);
const date = fc
  .tuple(
    fc.integer({ min: 2000, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const AGENCIES = [
  '平湖市科技局',
  '上海市科学技术委员会',
  '沭阳县人民政府',
  '淮安市洪泽区人民政府办公室',
];

function arbitraryReport(): fc.Arbitrary<ReportDocument> {
  const cells = listInputCells(gov2021);
  const narratives = listNarratives(gov2021);
  return fc
    .record({
      agency: fc.constantFrom(...AGENCIES),
      year: fc.integer({ min: 2000, max: 2099 }),
      publishedOn: fc.option(date, { nil: null }),
      values: fc.tuple(...cells.map((c) => (c.kind === 'amount' ? amount : count))),
      texts: fc.tuple(...narratives.map(() => narrative)),
    })
    .map(({ agency, year, publishedOn, values, texts }) => {
      let doc = createEmptyReport(gov2021, { agency, year, publishedOn });
      cells.forEach((c, i) => (doc = setAtPath(doc, c.path, values[i] ?? null)));
      narratives.forEach((n, i) => (doc = setAtPath(doc, n.path, texts[i] ?? '')));
      return doc;
    });
}
