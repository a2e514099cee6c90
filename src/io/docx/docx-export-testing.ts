// Test helpers: read a .docx the exporter wrote (unzip, parse its XML parts) without Word.
import { strFromU8, unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';

type XmlDoc = ReturnType<typeof parseDocument>;
/** An XML element of a .docx part. */
export type XmlEl = ReturnType<typeof DomUtils.findAll>[number];

/** The parts of a .docx by path, as text. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** One part parsed as XML (names keep their `w:` prefix). */
export function parseXml(text: string | undefined): XmlDoc {
  if (text === undefined) throw new Error('no such part');
  return parseDocument(text, { xmlMode: true });
}

/** Every element named `name` (e.g. `w:tr`) under `root`, in document order. */
export function all(root: XmlDoc | XmlEl, name: string): XmlEl[] {
  return DomUtils.findAll((e) => e.name === name, root.children);
}

/** Direct children of `el` named `name`. */
export function childrenNamed(el: XmlEl, name: string): XmlEl[] {
  return el.children.filter((c): c is XmlEl => 'name' in c && c.name === name);
}

/** The text of the `w:t` runs under `el`, `\n` for each `w:br`. */
export function textOf(el: XmlEl): string {
  const parts = DomUtils.findAll((e) => e.name === 'w:t' || e.name === 'w:br', el.children);
  return parts.map((e) => (e.name === 'w:br' ? '\n' : DomUtils.textContent(e))).join('');
}

/** Attribute `name` of the first element `tag` under `el`, or undefined. */
export function attrOf(el: XmlEl | XmlDoc, tag: string, name: string): string | undefined {
  return all(el, tag)[0]?.attribs[name];
}

/** The paragraphs of the document body with their style id and text. */
export function bodyParagraphs(doc: XmlDoc): { style: string; text: string; el: XmlEl }[] {
  const body = all(doc, 'w:body')[0];
  if (!body) return [];
  return childrenNamed(body, 'w:p').map((el) => ({
    style: attrOf(el, 'w:pStyle', 'w:val') ?? 'Normal',
    text: textOf(el),
    el,
  }));
}

/** True when `el` holds an on/off property `tag` (e.g. `w:tblHeader`) that is on. */
export function isOn(el: XmlEl, tag: string): boolean {
  const found = all(el, tag)[0];
  return found !== undefined && !['off', 'false', '0'].includes(found.attribs['w:val'] ?? '');
}
