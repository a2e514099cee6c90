import { describe, expect, it } from 'vitest';
import { gov2021, sample2021 } from '../../domain';
import { exportHtml } from '../html-export';
import { importDocx } from './docx-import';
import { docxFromBody, rewriteParts } from './testing/docx-parts';
import { buildHandMadeDocx } from './testing/hand-built-docx';

// The sample report as other tools and hands shape a Word file: the hand-built file's XML is
// rewritten the way WPS, OA systems and templates write it, and must still import to the sample.

const DOC = 'word/document.xml';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\（）]/g, '\\$&');

async function variant(edit: (xml: string) => string, extra = {}): Promise<Uint8Array> {
  const bytes = await buildHandMadeDocx(gov2021, sample2021);
  return rewriteParts(bytes, { [DOC]: (xml) => edit(xml ?? ''), ...extra });
}

async function expectSample(bytes: Uint8Array): Promise<void> {
  const r = await importDocx(gov2021, bytes);
  if (!r.ok) throw new Error(r.error);
  expect(r.document).toEqual(sample2021);
  expect(r.issues).toEqual([]);
}

/** Adds pPr to the body paragraph whose only text is `text`, and replaces the text. */
function editParagraph(xml: string, text: string, pPr: string, replacement: string): string {
  const re = new RegExp(
    `<w:p>(<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve">)${escape(text)}</w:t>`,
  );
  expect(re.test(xml)).toBe(true);
  return xml.replace(re, `<w:p><w:pPr>${pPr}</w:pPr>$1${replacement}</w:t>`);
}

describe('importDocx: Word files shaped by other tools', () => {
  it('reads rows and cells wrapped in content controls (w:sdt), as form templates have them', async () => {
    const sdt = (tag: string) => (xml: string) =>
      xml
        .replaceAll(`<w:${tag}>`, `<w:sdt><w:sdtPr/><w:sdtContent><w:${tag}>`)
        .replaceAll(`</w:${tag}>`, `</w:${tag}></w:sdtContent></w:sdt>`);
    await expectSample(await variant((xml) => sdt('tc')(sdt('tr')(xml))));
  });

  it('reads a report laid out inside a one-cell frame table (WPS templates)', async () => {
    const frame = (xml: string) =>
      xml
        .replace('<w:body>', '<w:body><w:tbl><w:tblPr/><w:tr><w:tc>')
        .replace(/<w:sectPr/, '<w:p/></w:tc></w:tr></w:tbl><w:sectPr');
    await expectSample(await variant(frame));
  });

  it('reads headings numbered automatically (一、 （一） from numbering.xml, not typed)', async () => {
    const numPr = (ilvl: number) =>
      `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="7"/></w:numPr>`;
    const number = (xml: string) => {
      let out = xml;
      for (const s of gov2021.sections) {
        out = editParagraph(out, s.title, numPr(0), s.title.replace(/^.、/, ''));
        for (const n of s.narratives.filter((x) => x.heading !== ''))
          out = editParagraph(out, n.heading, numPr(1), n.heading.replace(/^（.）/, ''));
      }
      return out;
    };
    const lvl = (i: number, text: string) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
    const numbering =
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:abstractNum w:abstractNumId="3">${lvl(0, '%1、')}${lvl(1, '（%2）')}</w:abstractNum>` +
      '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>';
    const rel =
      '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>';
    await expectSample(
      await variant(number, {
        'word/numbering.xml': () => numbering,
        'word/_rels/document.xml.rels': (xml?: string) =>
          (xml ?? '').replace('</Relationships>', `${rel}</Relationships>`),
      }),
    );
  });

  it('reads a section heading printed as the first row of its table', async () => {
    const title = gov2021.sections.find((s) => s.content === 'table4')?.title ?? '';
    const caption = (xml: string) => {
      const heading = new RegExp(
        `<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${escape(title)}</w:t></w:r></w:p>`,
      );
      expect(heading.test(xml)).toBe(true);
      const row = `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="15"/></w:tcPr><w:p><w:r><w:t>${title}</w:t></w:r></w:p></w:tc></w:tr>`;
      const [before = '', after = ''] = xml.replace(heading, '\u0000').split('\u0000');
      return before + after.replace('</w:tblGrid>', `</w:tblGrid>${row}`);
    };
    await expectSample(await variant(caption));
  });

  it('reads a document that binds WordprocessingML to another prefix (ns0:)', async () => {
    const rename = (xml: string) =>
      xml
        .replace(/(<\/?)w:/g, '$1ns0:')
        .replace(/(\s)w:(\w+=)/g, '$1ns0:$2')
        .replace('xmlns:w=', 'xmlns:ns0=');
    await expectSample(await variant(rename));
  });

  it('reads a Word file made by a web system that embeds the report as HTML (w:altChunk)', async () => {
    const html = exportHtml(gov2021, sample2021, { signatureLines: false });
    const bytes = docxFromBody('<w:altChunk r:id="rIdHtml"/>', {
      extra: [
        {
          name: 'word/report.htm',
          id: 'rIdHtml',
          type: 'aFChunk',
          content: html,
        },
      ],
    });
    await expectSample(bytes);
  });
});
