// Test helpers for Word files written by hand as XML: a minimal package around a body, and
// rewriting the document part of an existing .docx (to wrap rows in content controls, move the
// report into a layout frame, number headings automatically …, as other tools do).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_TYPE = `${R}/officeDocument`;

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

/** Optional parts of a hand-written package. */
export type PartsXml = {
  /** Inner XML of w:styles. */
  readonly styles?: string;
  /** Inner XML of w:numbering. */
  readonly numbering?: string;
  /** Other parts by name (e.g. an altChunk's HTML), with their relationships from the document. */
  readonly extra?: readonly { name: string; id: string; type: string; content: string }[];
};

function documentRels(p: PartsXml): string {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const rels = [
    p.styles !== undefined ? rel('rIdStyles', 'styles', 'styles.xml') : '',
    p.numbering !== undefined ? rel('rIdNumbering', 'numbering', 'numbering.xml') : '',
    ...(p.extra ?? []).map((e) => rel(e.id, e.type, e.name.replace(/^word\//, ''))),
  ];
  return `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`;
}

/** A .docx whose body is `body` (inner XML of w:body, `w:` bound to WordprocessingML). */
export function docxFromBody(body: string, parts: PartsXml = {}): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${DOC_TYPE}" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels': documentRels(parts),
  };
  if (parts.styles !== undefined)
    files['word/styles.xml'] = `<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`;
  if (parts.numbering !== undefined)
    files['word/numbering.xml'] = `<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`;
  for (const e of parts.extra ?? []) files[e.name] = e.content;
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

/** The text of one part of a .docx. */
export function partText(bytes: Uint8Array, name: string): string {
  const data = unzipSync(bytes)[name];
  if (!data) throw new Error(`no part ${name}`);
  return strFromU8(data);
}

/** The same .docx with parts rewritten (or added) by name. */
export function rewriteParts(
  bytes: Uint8Array,
  edits: Readonly<Record<string, (xml: string | undefined) => string>>,
): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    const old = files[name];
    files[name] = strToU8(edit(old ? strFromU8(old) : undefined));
  }
  return zipSync(files);
}
