import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain';
import { readBlocks } from './wordml-body';
import { blocksToLines } from './wordml-lines';
import { readNumbering } from './wordml-numbering';
import { readStyles } from './wordml-styles';
import { child, parseXml } from './wordml-xml';

// WordprocessingML as other tools write it, read into the text importer's lines.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W = `xmlns:w="${W_NS}"`;

type Parts = { readonly styles?: string; readonly numbering?: string };

/** The lines of a whole document.xml. */
function documentLines(xml: string, parts: Parts = {}): string[] {
  const part = (tag: string, inner?: string) =>
    inner === undefined ? null : parseXml(`<w:${tag} ${W}>${inner}</w:${tag}>`);
  const body = child(child(parseXml(xml), 'w:document'), 'w:body');
  if (!body) throw new Error('no body');
  const blocks = readBlocks(body, {
    styles: readStyles(part('styles', parts.styles)),
    numbering: readNumbering(part('numbering', parts.numbering)),
  });
  return blocksToLines(gov2021, blocks, () => null).filter((l) => l !== '');
}

/** The lines of a body (inner XML of w:body). */
const lines = (body: string, parts: Parts = {}): string[] =>
  documentLines(`<w:document ${W}><w:body>${body}</w:body></w:document>`, parts);

const r = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
const p = (s: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${r(s)}</w:p>`;
const tc = (content: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;

describe('tables: merges unmerged as printed', () => {
  it('leaves empty cells after a gridSpan and below a vMerge', () => {
    const body = tbl(
      tr(tc(p('甲'), span(2)), tc(p('乙'))),
      tr(tc(p('丙'), '<w:vMerge w:val="restart"/>'), tc(p('1')), tc(p('2'))),
      tr(tc(p(''), '<w:vMerge/>'), tc(p('3')), tc(p('4'))),
      tr(tc(p(''), '<w:vMerge w:val="continue"/>'), tc(p('5')), tc(p('6'))),
    );
    expect(lines(body)).toEqual(['甲\t\t乙', '丙\t1\t2', '\t3\t4', '\t5\t6']);
  });

  it('skips grid columns before a row (gridBefore) and reads old horizontal merges (hMerge)', () => {
    const body = tbl(
      tr('<w:trPr><w:gridBefore w:val="1"/></w:trPr>', tc(p('1')), tc(p('2'))),
      tr(tc(p('甲'), '<w:hMerge w:val="restart"/>'), tc(p('x'), '<w:hMerge/>'), tc(p('3'))),
    );
    expect(lines(body)).toEqual(['\t1\t2', '甲\t\t3']);
  });

  it('counts grid columns too narrow to print (slivers of hand-dragged borders) for nothing', () => {
    const grid =
      '<w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="0"/><w:gridCol w:w="40"/><w:gridCol w:w="900"/></w:tblGrid>';
    const body = `<w:tbl><w:tblPr/>${grid}${tr(tc(p('总计'), span(3)), tc(p('合计')))}${tr(tc(p('1')), tc(p(''), span(2)), tc(p('2')))}</w:tbl>`;
    expect(lines(body)).toEqual(['总计\t合计', '1\t2']);
  });

  it('joins a cell’s paragraphs, soft line breaks and tabs with spaces', () => {
    const cell = `<w:p><w:r><w:t>结果</w:t><w:br/><w:t>维持</w:t></w:r></w:p>${p('（件）')}`;
    const tabbed = `<w:p><w:r><w:t>1.</w:t><w:tab/><w:t>属于国家秘密</w:t></w:r></w:p>`;
    expect(lines(tbl(tr(tc(cell), tc(tabbed))))).toEqual(['结果 维持 （件）\t1. 属于国家秘密']);
  });

  it('reads rows and cells inside content controls and custom XML', () => {
    const sdt = (x: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="数据"/></w:sdtPr><w:sdtContent>${x}</w:sdtContent></w:sdt>`;
    const body = tbl(
      sdt(tr(tc(p('甲')), sdt(tc(p('1'))))),
      `<w:customXml w:element="row">${tr(tc(sdt(p('乙'))), tc(p('2')))}</w:customXml>`,
    );
    expect(lines(body)).toEqual(['甲\t1', '乙\t2']);
  });

  it('unwraps a layout frame (a table whose cells hold tables) into its content', () => {
    const inner = tbl(tr(tc(p('行政复议')), tc(p('0'))));
    const body = tbl(tr(tc(p('二、主动公开政府信息情况') + inner)));
    expect(lines(body)).toEqual(['二、主动公开政府信息情况', '行政复议\t0']);
  });

  it('lifts a section heading printed as the table’s caption row out of the table', () => {
    const body = tbl(
      tr(tc(p('四、政府信息公开行政复议、行政诉讼情况'), span(3))),
      tr(tc(p('0')), tc(p('0')), tc(p('0'))),
    );
    expect(lines(body)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '0\t0\t0']);
  });

  it('keeps an all-blank row (table 4’s line of figures may be blank)', () => {
    const body = tbl(tr(tc(p('总计')), tc(p('结果维持'))), tr(tc(p('')), tc(p(''))));
    expect(lines(body)).toEqual(['总计\t结果维持', '\t']);
  });

  it('drops tracked deleted rows', () => {
    const body = tbl(
      tr(tc(p('甲'))),
      `<w:tr><w:trPr><w:del w:id="1"/></w:trPr>${tc(p('乙'))}</w:tr>`,
    );
    expect(lines(body)).toEqual(['甲']);
  });
});

describe('paragraphs: the text Word shows', () => {
  it('keeps insertions and field results; drops deletions, field codes and note marks', () => {
    const body =
      '<w:p><w:ins w:id="1"><w:r><w:t>收到</w:t></w:r></w:ins>' +
      '<w:del w:id="2"><w:r><w:delText>共</w:delText></w:r></w:del>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD n </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:footnoteReference w:id="3"/><w:t>件。</w:t></w:r></w:p>';
    expect(lines(body)).toEqual(['收到12件。']);
  });

  it('skips hidden text and the table of contents, which repeats the section headings', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>';
    const toc =
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>' +
      `<w:sdtContent>${p('目录')}${p('一、总体情况\t1')}</w:sdtContent></w:sdt>`;
    const body =
      toc +
      p('二、主动公开政府信息情况\t2', '<w:pStyle w:val="TOC1"/>') +
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>批注</w:t></w:r><w:r><w:t>一、总体情况</w:t></w:r></w:p>';
    expect(lines(body, { styles })).toEqual(['一、总体情况']);
  });

  it('reads one branch of mc:AlternateContent and text boxes as paragraphs of their own', () => {
    const box = `<w:txbxContent>${p('草稿')}</w:txbxContent>`;
    const body =
      '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      r('正文') +
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">${box}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="y">${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(lines(body)).toEqual(['正文', '草稿']);
  });

  it('starts a line at a soft break; a tab becomes a space unless it lays out figures', () => {
    const body =
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>续</w:t></w:r></w:p>' +
      '<w:p><w:r><w:tab/><w:t>一、</w:t><w:tab/><w:t>总体情况</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>规章</w:t><w:tab/><w:t>0</w:t><w:tab/><w:t>1</w:t></w:r></w:p>';
    expect(lines(body)).toEqual(['第一行', '第二行续', '一、 总体情况', '规章\t0\t1']);
  });

  it('marks headings by outline level, from the paragraph or its style (inherited)', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="mine"><w:basedOn w:val="k"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="k"><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
    const body =
      p('一、总体情况', '<w:pStyle w:val="a1"/>') +
      p('（一）主动公开情况', '<w:pStyle w:val="mine"/>') +
      p('正文', '<w:outlineLvl w:val="9"/>') +
      p('（二）依申请公开情况', '<w:outlineLvl w:val="1"/>');
    expect(lines(body, { styles })).toEqual([
      '# 一、总体情况',
      '## （一）主动公开情况',
      '正文',
      '## （二）依申请公开情况',
    ]);
  });

  it('reads a document whose WordprocessingML prefix is not w:', () => {
    const xml =
      `<ns0:document xmlns:ns0="${W_NS}"><ns0:body>` +
      '<ns0:p><ns0:r><ns0:t>一、总体情况</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>';
    expect(documentLines(xml)).toEqual(['一、总体情况']);
  });
});

describe('list numbering: the labels Word adds to numbered paragraphs', () => {
  const lvl = (ilvl: number, fmt: string, text: string, start = 1) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>';
  const num = (numId: number, ilvl: number) =>
    `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

  it('counts levels in document order, restarting deeper levels', () => {
    const body = [
      p('总体情况', num(1, 0)),
      p('主动公开情况', num(1, 1)),
      p('依申请公开情况', num(1, 1)),
      p('属于国家秘密', num(1, 2)),
      p('其他法律行政法规禁止公开', num(1, 2)),
      p('主动公开政府信息情况', num(1, 0)),
      p('存在的主要问题', num(1, 1)),
    ].join('');
    expect(lines(body, { numbering })).toEqual([
      '一、总体情况',
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '二、主动公开政府信息情况',
      '（一）存在的主要问题',
    ]);
  });

  it('applies start overrides, counts past ten in Chinese and adds nothing for bullets', () => {
    const body = [p('甲', num(2, 0)), p('乙', num(2, 0)), p('丙', num(2, 0)), p('点', num(3, 0))];
    expect(lines(body.join(''), { numbering })).toEqual(['十、甲', '十一、乙', '十二、丙', '点']);
  });

  it('counts on across instances of one list definition until a start override', () => {
    const body = [p('甲', num(1, 0)), p('乙', num(4, 0)), p('丙', num(2, 0)), p('丁', num(1, 0))];
    expect(lines(body.join(''), { numbering })).toEqual(['一、甲', '二、乙', '十、丙', '十一、丁']);
  });

  it('takes numbering from the paragraph style', () => {
    const styles = `<w:style w:type="paragraph" w:styleId="h"><w:pPr>${num(1, 0)}<w:outlineLvl w:val="0"/></w:pPr></w:style>`;
    const body =
      p('总体情况', '<w:pStyle w:val="h"/>') + p('主动公开政府信息情况', '<w:pStyle w:val="h"/>');
    expect(lines(body, { styles, numbering })).toEqual([
      '# 一、总体情况',
      '# 二、主动公开政府信息情况',
    ]);
  });
});
