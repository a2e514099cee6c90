import { describe, expect, it } from 'vitest';
import {
  BLANK_DATE,
  DATE_RIGHT_INDENT_ZI,
  gov2021,
  measureZi,
  sample2021,
  type ReportDocument,
} from '../../domain';
import { exportDocx, type DocxExportOptions } from './docx-export';
import { all, attrOf, bodyParagraphs, isOn, parseXml, unzipDocx } from './docx-export-testing';

const withMeta = (meta: Partial<ReportDocument['meta']>): ReportDocument => ({
  ...sample2021,
  meta: { ...sample2021.meta, ...meta },
});

async function parts(doc: ReportDocument, options?: DocxExportOptions) {
  return unzipDocx(await exportDocx(gov2021, doc, options));
}

async function paragraphs(doc: ReportDocument, options?: DocxExportOptions) {
  return bodyParagraphs(parseXml((await parts(doc, options)).get('word/document.xml')));
}

const indent = (el: Parameters<typeof attrOf>[0]) => Number(attrOf(el, 'w:ind', 'w:right') ?? 0);

describe('exportDocx: the 落款 (7.3.5)', () => {
  it('ends with 署名 centred over 成文日期, right-indented 4字, kept with the last body line', async () => {
    const p = await parts(withMeta({ publishedOn: '2022-01-20' }));
    const paras = bodyParagraphs(parseXml(p.get('word/document.xml')));
    const styles = all(parseXml(p.get('word/styles.xml')), 'w:style');
    // Kept with the next paragraph by its own properties or by its style's.
    const kept = (para: (typeof paras)[number]) =>
      isOn(para.el, 'w:keepNext') ||
      styles.some((s) => s.attribs['w:styleId'] === para.style && isOn(s, 'w:keepNext'));
    const signature = paras.filter((p) => p.style === 'Signature');
    const [org, date] = signature;
    expect(org?.text).toBe(sample2021.meta.agency);
    expect(date?.text).toBe('2022年1月20日');
    expect(paras.at(-1)?.text).toMatch(/^填报人：\s*审核人：\s*分管负责人：$/);
    // 4字 = 4 × (156 mm / 28); the 署名's centre is the date's centre.
    const zi = Math.floor(8845 / 28);
    expect(indent(date!.el)).toBe(DATE_RIGHT_INDENT_ZI * zi);
    const centre = (el: Parameters<typeof indent>[0], text: string) =>
      indent(el) + (measureZi(text) * zi) / 2;
    expect(centre(org!.el, org!.text)).toBeCloseTo(centre(date!.el, date!.text), -1);
    // Room for the seal above the 署名; the body's last paragraph keeps with it (7.3.5.5).
    expect(Number(attrOf(org!.el, 'w:spacing', 'w:before'))).toBeGreaterThanOrEqual(2 * 579);
    const before = paras[paras.indexOf(org!) - 1];
    expect(before?.style).toBe('Normal');
    expect(kept(before!)).toBe(true);
    for (const s of signature.slice(0, -1)) expect(kept(s), s.text).toBe(true);
  });

  it('prints the blank date to fill in by hand when 成文日期 is not set', async () => {
    const paras = await paragraphs(withMeta({ publishedOn: null }));
    expect(paras.filter((p) => p.style === 'Signature')[1]?.text).toBe(BLANK_DATE);
  });

  it('pushes a 署名 too long to centre to the right edge of the 版心 (trap 4)', async () => {
    const agency = '平湖市科学技术局（平湖市外国专家局）';
    const paras = await paragraphs(withMeta({ agency, publishedOn: '2022-01-20' }));
    const org = paras.find((p) => p.text === agency && p.style === 'Signature');
    expect(org).toBeDefined();
    expect(indent(org!.el)).toBe(0);
  });

  it('prints the approval when given and leaves out the signature lines when asked', async () => {
    const approval = { reviewer: '李四', date: '2022-01-21' };
    const paras = await paragraphs(sample2021, { approval, signatureLines: false });
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('审核人：李四\u3000审核日期：2022年1月21日');
    expect(texts.some((t) => t.includes('填报人'))).toBe(false);
    const free = await paragraphs(sample2021, { approval: { reviewer: '李四', date: '年初' } });
    expect(free.map((p) => p.text)).toContain('审核人：李四\u3000审核日期：年初');
    expect(free.at(-1)?.text).toContain('分管负责人');
  });

  it('draws the signature lines as underlined tabs to stops inside the 版心', async () => {
    const paras = await paragraphs(sample2021);
    const lines = paras.at(-1)!.el;
    const stops = all(lines, 'w:tab').filter((t) => t.attribs['w:pos'] !== undefined);
    expect(stops).toHaveLength(3);
    expect(Math.max(...stops.map((s) => Number(s.attribs['w:pos'])))).toBeLessThanOrEqual(8845);
    const underlinedTabs = all(lines, 'w:r').filter(
      (r) => all(r, 'w:u').length > 0 && all(r, 'w:tab').length > 0,
    );
    expect(underlinedTabs).toHaveLength(3);
  });
});

describe('exportDocx: the 草稿 mark', () => {
  it('marks every page of a draft, odd and even, with header text and a watermark', async () => {
    const p = await parts(sample2021, { draft: true });
    const doc = p.get('word/document.xml') ?? '';
    const refs = all(parseXml(doc), 'w:headerReference').map((r) => r.attribs['w:type']);
    expect(refs.sort()).toEqual(['default', 'even']);
    const headers = [...p.entries()].filter(([path]) => /^word\/header\d+\.xml$/.test(path));
    expect(headers).toHaveLength(2);
    for (const [, xml] of headers) {
      expect(xml).toMatch(/<w:t[^>]*>草稿<\/w:t>/);
      expect(xml).toMatch(/<v:textpath[^>]*string="草稿"/);
    }
    expect(doc).not.toContain('草稿');
  });

  it('puts no mark on a final copy', async () => {
    const p = await parts(sample2021);
    expect(all(parseXml(p.get('word/document.xml')), 'w:headerReference')).toHaveLength(0);
    for (const xml of p.values()) expect(xml).not.toContain('草稿');
  });
});
