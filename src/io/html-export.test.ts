import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import {
  computeTotals,
  formatCellValue,
  getCell,
  gov2021,
  layoutTables,
  listComputedCells,
  listInputCells,
  reportTitle,
  sample2021,
  setAtPath,
  type ReportDocument,
} from '../domain';
import { BLANK_DATE } from '../domain/layout/signature-layout';
import { exportHtml, type HtmlExportOptions } from './html-export';

type Node = ReturnType<typeof parseDocument>;
type El = ReturnType<typeof DomUtils.findAll>[number];

const withMeta = (meta: Partial<ReportDocument['meta']>): ReportDocument => ({
  ...sample2021,
  meta: { ...sample2021.meta, ...meta },
});

function parse(doc: ReportDocument = sample2021, options?: HtmlExportOptions): Node {
  return parseDocument(exportHtml(gov2021, doc, options));
}

const all = (root: Node | El, test: (e: El) => boolean): El[] =>
  DomUtils.findAll(test, root.children);
const byTag = (root: Node | El, tag: string) => all(root, (e) => e.name === tag);
const byClass = (root: Node | El, cls: string) =>
  all(root, (e) => (e.attribs.class ?? '').split(' ').includes(cls));
const text = (e: El | undefined) => (e ? DomUtils.textContent(e) : '');

/** Text of every cell carrying `attr`, by the attribute's value (duplicates fail the test). */
function cellsBy(root: Node, attr: string): Map<string, string> {
  const cells = all(root, (e) => e.attribs[attr] !== undefined);
  const map = new Map(cells.map((e) => [e.attribs[attr] ?? '', text(e)]));
  expect(map.size).toBe(cells.length);
  return map;
}

// Every input cell gets its own value (1, 2, 3, …) so a misplaced value cannot go unnoticed.
const distinct = listInputCells(gov2021).reduce(
  (doc, cell, i) => setAtPath(doc, cell.path, cell.kind === 'amount' ? 12.345678 : i + 1),
  sample2021,
);

describe('exportHtml: the document', () => {
  const html = exportHtml(gov2021, sample2021);
  const root = parseDocument(html);

  it('is one standalone HTML document with one inline stylesheet and no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(byTag(root, 'script')).toHaveLength(0);
    expect(byTag(root, 'link')).toHaveLength(0);
    expect(byTag(root, 'style')).toHaveLength(1);
    expect(text(byTag(root, 'title')[0])).toBe(reportTitle(sample2021));
  });

  it('inlines the GB/T 9704 stylesheet', () => {
    const css = text(byTag(root, 'style')[0]);
    for (const rule of ['size: A4', 'counter(page)', 'table-layout: fixed', 'table-header-group'])
      expect(css).toContain(rule);
    expect(css).toContain('tr:not(.span-start) { break-inside: avoid; }');
  });

  it('prints the title, the template section titles as h2 and the narrative headings as h3', () => {
    // The default title is broken before 政府信息公开… (7.3.1 词意完整), not mid-word.
    expect(text(byTag(root, 'h1')[0])).toBe(reportTitle(sample2021));
    expect(byTag(byTag(root, 'h1')[0] as El, 'br')).toHaveLength(1);
    expect(byTag(root, 'h2').map(text)).toEqual(gov2021.sections.map((s) => s.title));
    const headings = gov2021.sections.flatMap((s) => s.narratives.map((n) => n.heading));
    expect(byTag(root, 'h3').map(text)).toEqual(headings.filter(Boolean));
  });

  it('prints each narrative paragraph as a <p>, split on blank lines', () => {
    const doc = setAtPath(
      sample2021,
      'improvement.measures',
      '第一段。\n\n\u3000\u3000第二段。\r\n \r\n第三段。',
    );
    const paragraphs = byTag(parse(doc), 'p').map(text);
    expect(paragraphs).toContain(sample2021.overview.proactive);
    expect(paragraphs).toEqual(expect.arrayContaining(['第一段。', '第二段。', '第三段。']));
  });
});

describe('exportHtml: tables', () => {
  it.each([
    ['the sample', sample2021],
    ['a report with a different value in every cell', distinct],
  ])('prints every input and computed cell of %s in its own cell', (_, doc) => {
    const root = parse(doc);
    const fields = cellsBy(root, 'data-field');
    const computed = cellsBy(root, 'data-computed');
    const inputs = listInputCells(gov2021);
    expect(fields.size).toBe(inputs.length);
    for (const c of inputs) expect(fields.get(c.path)).toBe(formatCellValue(getCell(doc, c.path)));
    const totals = computeTotals(gov2021, doc);
    expect(computed.size).toBe(listComputedCells(gov2021).length);
    for (const c of listComputedCells(gov2021))
      expect(computed.get(c.path)).toBe(String(totals[c.path]));
  });

  it('prints a blank cell as blank, and counts it as 0 in the totals', () => {
    const doc = setAtPath(distinct, 'appeals.reconsideration.upheld', null);
    const root = parse(doc);
    expect(cellsBy(root, 'data-field').get('appeals.reconsideration.upheld')).toBe('');
    const parts = ['corrected', 'other', 'pending'].map(
      (k) => getCell(doc, `appeals.reconsideration.${k}`) ?? 0,
    );
    expect(cellsBy(root, 'data-computed').get('appeals.reconsideration.total')).toBe(
      String(parts.reduce((a, b) => a + b)),
    );
  });

  it('gives table 3 a 3-row thead whose note spans 3 rows and 3 columns', () => {
    const table = all(parse(), (e) => e.attribs['data-table'] === 'table3')[0] as El;
    const headRows = byTag(byTag(table, 'thead')[0] as El, 'tr');
    expect(headRows).toHaveLength(3);
    const note = byTag(headRows[0] as El, 'th')[0] as El;
    expect(text(note)).toBe(gov2021.table3.note);
    expect(note.attribs).toMatchObject({ rowspan: '3', colspan: '3' });
  });

  it('gives each table a <colgroup> as wide as its layout, and table 2 no thead', () => {
    const root = parse();
    for (const layout of Object.values(layoutTables(gov2021))) {
      const table = all(root, (e) => e.attribs['data-table'] === layout.id)[0] as El;
      expect(byTag(table, 'col')).toHaveLength(layout.columnCount);
      expect(byTag(table, 'thead')).toHaveLength(layout.header.length > 0 ? 1 : 0);
    }
    const t2 = all(root, (e) => e.attribs['data-table'] === 'table2')[0] as El;
    expect(text(byTag(t2, 'tbody')[0])).toContain(gov2021.table2.blocks[0].caption);
  });

  it('marks exactly the rows that open a rowspan as span-start (design.md trap 1)', () => {
    for (const tr of byTag(parse(), 'tr')) {
      const opens = byTag(tr, 'th').some((c) => Number(c.attribs.rowspan ?? 1) > 1);
      expect((tr.attribs.class ?? '').includes('span-start')).toBe(opens);
    }
  });
});

describe('exportHtml: escaping', () => {
  const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

  it('prints document text as characters, never as elements', () => {
    let doc = withMeta({ agency: `A&B<b>"'`, title: '报告<script>alert(1)</script>' });
    doc = setAtPath(doc, 'overview.proactive', payloads.join('\n\n'));
    doc = setAtPath(doc, 'otherMatters', payloads[1] ?? '');
    const html = exportHtml(gov2021, doc);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('<img');
    const root = parseDocument(html);
    for (const tag of ['script', 'img', 'b']) expect(byTag(root, tag)).toHaveLength(0);
    const paragraphs = byTag(root, 'p').map(text);
    for (const p of payloads) expect(paragraphs).toContain(p);
    expect(text(byTag(root, 'h1')[0])).toBe('报告<script>alert(1)</script>');
    expect(text(byClass(root, 'org')[0])).toBe(`A&B<b>"'`);
  });
});

describe('exportHtml: draft mark and 落款', () => {
  it('prints a 草稿 mark only on drafts', () => {
    expect(byClass(parse(sample2021, { draft: true }), 'draft-mark').map(text)).toEqual(['草稿']);
    expect(byClass(parse(sample2021, { draft: false }), 'draft-mark')).toHaveLength(0);
    expect(byClass(parse(), 'draft-mark')).toHaveLength(0);
  });

  it('prints 署名 and 成文日期 without leading zeros (7.3.5.4), centred when it fits', () => {
    const sig = byClass(parse(withMeta({ publishedOn: '2022-01-20' })), 'signature');
    expect(sig).toHaveLength(1);
    expect(text(byClass(sig[0] as El, 'org')[0])).toBe('平湖市科技局');
    expect(text(byClass(sig[0] as El, 'date')[0])).toBe('2022年1月20日');
    expect(sig[0]?.attribs.class).toBe('signature centred');
  });

  it('leaves a blank date when 成文日期 is not set, and right-aligns a long 署名', () => {
    const agency = '平湖市科学技术局（平湖市外国专家局）';
    const sig = byClass(parse(withMeta({ agency, publishedOn: null })), 'signature')[0] as El;
    expect(text(byClass(sig, 'date')[0])).toBe(BLANK_DATE);
    expect(sig.attribs.class).toBe('signature right-aligned');
  });

  it('prints the 填报人 / 审核人 / 分管负责人 lines unless turned off', () => {
    const lines = (o?: HtmlExportOptions) => byClass(parse(sample2021, o), 'sign-lines');
    expect(text(lines()[0])).toBe('填报人：审核人：分管负责人：');
    expect(lines({ signatureLines: false })).toHaveLength(0);
  });

  it('prints a recorded approval in the signature block', () => {
    const approval = { reviewer: '张<三>', date: '2022-01-18' };
    const sig = byClass(parse(sample2021, { approval }), 'signature')[0] as El;
    expect(text(byClass(sig, 'approval')[0])).toBe('审核人：张<三>\u3000审核日期：2022年1月18日');
    expect(byClass(parse(), 'approval')).toHaveLength(0);
  });
});
