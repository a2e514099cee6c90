import { describe, expect, it } from 'vitest';
import { gov2021, reportTitle, sample2021, type ReportDocument } from '../../domain';
import { exportDocx, type DocxExportOptions } from './docx-export';
import {
  all,
  attrOf,
  bodyParagraphs,
  childrenNamed,
  parseXml,
  textOf,
  unzipDocx,
  type XmlEl,
} from './docx-export-testing';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: string | undefined) => Number(twips) / TWIPS_PER_MM;

async function parts(doc: ReportDocument = sample2021, options?: DocxExportOptions) {
  return unzipDocx(await exportDocx(gov2021, doc, options));
}

/** Header or footer parts by the type the section refers to them as (default = odd, even). */
function referenced(p: Map<string, string>, kind: 'header' | 'footer'): Map<string, string> {
  const rels = parseXml(p.get('word/_rels/document.xml.rels'));
  const target = new Map(all(rels, 'Relationship').map((r) => [r.attribs.Id, r.attribs.Target]));
  const refs = all(parseXml(p.get('word/document.xml')), `w:${kind}Reference`);
  return new Map(
    refs.map((r) => [
      r.attribs['w:type'] ?? '',
      p.get(`word/${target.get(r.attribs['r:id'] ?? '')}`) ?? '',
    ]),
  );
}

/** A paragraph style's font (East Asian), size in points and the style it is based on. */
function style(p: Map<string, string>, id: string) {
  const el = all(parseXml(p.get('word/styles.xml')), 'w:style').find(
    (s) => s.attribs['w:styleId'] === id,
  );
  if (!el) throw new Error(`no style ${id}`);
  return {
    font: attrOf(el, 'w:rFonts', 'w:eastAsia'),
    latin: attrOf(el, 'w:rFonts', 'w:ascii'),
    pt: Number(attrOf(el, 'w:sz', 'w:val')) / 2,
    basedOn: attrOf(el, 'w:basedOn', 'w:val'),
    line: attrOf(el, 'w:spacing', 'w:line'),
    lineRule: attrOf(el, 'w:spacing', 'w:lineRule'),
    firstLine: attrOf(el, 'w:ind', 'w:firstLine'),
    outline: attrOf(el, 'w:outlineLvl', 'w:val'),
    keepNext: all(el, 'w:keepNext').length > 0,
  };
}

describe('exportDocx: the page (GB/T 9704-2012 5.1, 5.2.1, 6)', () => {
  it('is A4 with 天头 37, 订口 28 and a 156 × 225 mm 版心, mirrored for double-sided print', async () => {
    const p = await parts();
    const doc = parseXml(p.get('word/document.xml'));
    expect(all(doc, 'w:sectPr')).toHaveLength(1);
    expect(mm(attrOf(doc, 'w:pgSz', 'w:w'))).toBeCloseTo(210, 0);
    expect(mm(attrOf(doc, 'w:pgSz', 'w:h'))).toBeCloseTo(297, 0);
    const margin = (side: string) => mm(attrOf(doc, 'w:pgMar', `w:${side}`));
    expect(margin('top')).toBeCloseTo(37, 0);
    expect(margin('left')).toBeCloseTo(28, 0);
    expect(210 - margin('left') - margin('right')).toBeCloseTo(156, 0);
    expect(297 - margin('top') - margin('bottom')).toBeCloseTo(225, 0);
    // 7.5: the page number's 一字线 about 7 mm below the 版心 (footer distance + half its line).
    expect(margin('bottom') - margin('footer') - (14 / 2 / 72) * 25.4).toBeCloseTo(7, 0);
    const settings = p.get('word/settings.xml') ?? '';
    expect(settings).toContain('<w:mirrorMargins/>');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
  });

  it('numbers pages 「— n —」 in 4号宋体 on the outside: odd pages right, even left, 1字 in', async () => {
    const p = await parts();
    const footers = referenced(p, 'footer');
    expect([...footers.keys()].sort()).toEqual(['default', 'even']);
    const read = (type: 'default' | 'even') => {
      const xml = parseXml(footers.get(type));
      const para = all(xml, 'w:p')[0] as XmlEl;
      expect(all(xml, 'w:p')).toHaveLength(1);
      expect(footers.get(type)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      // 「— 」 + the PAGE field (no text of its own) + 「 —」
      expect(textOf(para)).toBe('—  —');
      expect(attrOf(para, 'w:pStyle', 'w:val')).toBe('Footer');
      return { align: attrOf(para, 'w:jc', 'w:val'), ind: all(para, 'w:ind')[0]?.attribs ?? {} };
    };
    const odd = read('default');
    const even = read('even');
    const zi = 156 / 28;
    expect(odd.align).toBe('right');
    expect(mm(odd.ind['w:right'])).toBeCloseTo(zi, 0);
    expect(even.align).toBe('left');
    expect(mm(even.ind['w:left'])).toBeCloseTo(zi, 0);
    expect(style(p, 'Footer')).toMatchObject({ font: '宋体', latin: '宋体', pt: 14 });
  });
});

describe('exportDocx: fonts and styles (5.2.2, 7.3.1, 7.3.3)', () => {
  it('names the official faces: 2号小标宋 title, 3号仿宋 body, 一、 黑体, （一） 楷体, 五号 tables', async () => {
    const p = await parts();
    const grid = { line: '579', lineRule: 'exact' }; // 225 mm / 22 行, rounded down
    expect(style(p, 'Title')).toMatchObject({ font: '方正小标宋简体', pt: 22, basedOn: undefined });
    expect(style(p, 'Normal')).toMatchObject({ font: '仿宋_GB2312', latin: '仿宋_GB2312', pt: 16 });
    expect(style(p, 'Normal').firstLine).toBe(String(2 * Math.floor(8845 / 28)));
    expect(style(p, 'Heading1')).toMatchObject({
      font: '黑体',
      pt: 16,
      outline: '0',
      keepNext: true,
    });
    expect(style(p, 'Heading2')).toMatchObject({ font: '楷体_GB2312', pt: 16, outline: '1' });
    expect(style(p, 'TableText')).toMatchObject({ pt: 10.5, basedOn: undefined });
    const styles = parseXml(p.get('word/styles.xml'));
    const defaults = all(styles, 'w:docDefaults')[0] as XmlEl;
    expect(attrOf(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attrOf(defaults, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
    expect({
      line: attrOf(defaults, 'w:spacing', 'w:line'),
      lineRule: attrOf(defaults, 'w:spacing', 'w:lineRule'),
    }).toEqual(grid);
    // Body letters are tightened to one grid 字 (156 mm / 28), so 28 fill a line.
    const normal = all(styles, 'w:style').find((s) => s.attribs['w:styleId'] === 'Normal');
    const spacing = childrenNamed(normal as XmlEl, 'w:rPr').flatMap((r) => all(r, 'w:spacing'));
    expect(Number(spacing?.[0]?.attribs['w:val'])).toBe(Math.floor(8845 / 28) - 320);
  });

  it('gives the font table the faces’ English names, so Word finds them under either', async () => {
    const fonts = all(parseXml((await parts()).get('word/fontTable.xml')), 'w:font');
    const alt = new Map(fonts.map((f) => [f.attribs['w:name'], attrOf(f, 'w:altName', 'w:val')]));
    expect(alt.get('仿宋_GB2312')).toBe('FangSong_GB2312');
    expect(alt.get('方正小标宋简体')).toBe('FZXiaoBiaoSong-B05S');
    expect(alt.get('楷体_GB2312')).toBe('KaiTi_GB2312');
    expect(alt.get('黑体')).toBe('SimHei');
  });
});

describe('exportDocx: the body', () => {
  it('prints the title in two lines, the section titles as 一、 headings, narrative headings as （一）', async () => {
    const doc = parseXml((await parts()).get('word/document.xml'));
    const paras = bodyParagraphs(doc);
    expect(paras[0]?.style).toBe('Title');
    expect(paras[0]?.text.replace('\n', '')).toBe(reportTitle(sample2021));
    // 7.3.1 词意完整: broken before 政府信息公开…, as the HTML copy.
    expect(paras[0]?.text.split('\n')).toEqual([
      '平湖市科技局2021年度',
      '政府信息公开工作年度报告',
    ]);
    const headings = (id: string) => paras.filter((p) => p.style === id).map((p) => p.text);
    expect(headings('Heading1')).toEqual(gov2021.sections.map((s) => s.title));
    const narrativeHeadings = gov2021.sections.flatMap((s) => s.narratives.map((n) => n.heading));
    expect(headings('Heading2')).toEqual(narrativeHeadings.filter(Boolean));
    expect(all(doc, 'w:tbl')).toHaveLength(3);
  });

  it('splits narratives into paragraphs on blank lines and keeps single line breaks', async () => {
    const doc: ReportDocument = {
      ...sample2021,
      overview: { ...sample2021.overview, proactive: '第一段\n第一段续\n\n第二段' },
    };
    const paras = bodyParagraphs(parseXml((await parts(doc)).get('word/document.xml')));
    const at = paras.findIndex((p) => p.text === '第一段\n第一段续');
    expect(at).toBeGreaterThan(0);
    expect(paras[at + 1]).toMatchObject({ style: 'Normal', text: '第二段' });
  });

  it('escapes & < > and quotes in narratives, and they read back unchanged', async () => {
    const tricky = `A&B <script>alert("x")</script> 'q' ]]> &amp;`;
    const doc: ReportDocument = { ...sample2021, otherMatters: tricky };
    const xml = (await parts(doc)).get('word/document.xml') ?? '';
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('A&amp;B &lt;script&gt;');
    const paras = bodyParagraphs(parseXml(xml));
    expect(paras.map((p) => p.text)).toContain(tricky);
  });
});
