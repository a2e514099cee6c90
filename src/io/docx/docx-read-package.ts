import { htmlToText } from '../html-import';
import { OFFICE_MESSAGES as M } from '../office/messages';
import { isZipFailure, openOfficePackage, type OfficePackage } from '../office/office-package';
import type { ZipFailure } from '../office/zip-inflate';
import { elements, parseXml, type XmlElement } from './wordml-xml';

// The parts of a .docx the reader needs: the main document (found through the package's
// relationships, since not every generator calls it word/document.xml), its styles and list
// numbering, and the HTML chunks it embeds (w:altChunk).

/** The parsed parts of a Word file. */
export type DocxParts = {
  readonly document: XmlElement;
  readonly styles: XmlElement | null;
  readonly numbering: XmlElement | null;
  /** The lines of an embedded HTML chunk by relationship id, or null. */
  readonly chunk: (relId: string) => string[] | null;
};

type Relationship = { readonly type: string; readonly target: string };

/** Why the parts could not be read, as the Chinese refusal. */
function failure(f: ZipFailure): string {
  if (f === 'tooBig') return M.zipBomb;
  if (f === 'encrypted') return M.encrypted('word');
  return M.damaged('word');
}

/** A relationship target as a part name, relative to the part's folder (`word/`). */
function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function readRelationships(pkg: OfficePackage, relsName: string, folder: string) {
  const xml = pkg.readText(relsName);
  const rels = new Map<string, Relationship>();
  if (typeof xml !== 'string' || isZipFailure(xml)) return rels;
  for (const r of elements(parseXml(xml)).flatMap(elements)) {
    if (r.attrs['TargetMode'] === 'External') continue;
    const target = resolvePart(folder, r.attrs['Target'] ?? '');
    rels.set(r.attrs['Id'] ?? '', { type: r.attrs['Type'] ?? '', target });
  }
  return rels;
}

const byType = (rels: Map<string, Relationship>, type: string): string | undefined =>
  [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

/** An optional part, parsed; absent or unreadable gives null (the document reads without it). */
function optionalPart(pkg: OfficePackage, name: string | undefined): XmlElement | null {
  const xml = name ? pkg.readText(name) : null;
  return typeof xml === 'string' && !isZipFailure(xml) ? parseXml(xml) : null;
}

function chunkReader(pkg: OfficePackage, rels: Map<string, Relationship>) {
  return (relId: string): string[] | null => {
    const target = rels.get(relId)?.target ?? '';
    if (!/\.x?html?$/i.test(target)) return null;
    const html = pkg.readText(target);
    return typeof html === 'string' && !isZipFailure(html) ? htmlToText(html).split('\n') : null;
  };
}

/** Opens a .docx and reads the parts the reader needs, or gives the Chinese refusal. */
export function readDocxParts(bytes: Uint8Array): DocxParts | { readonly error: string } {
  const pkg = openOfficePackage(bytes);
  if (pkg === 'damaged' || pkg === 'tooBig') return { error: failure(pkg) };
  const main = byType(readRelationships(pkg, '_rels/.rels', ''), 'officeDocument');
  const name = main && pkg.names.has(main.toLowerCase()) ? main : 'word/document.xml';
  const xml = pkg.readText(name);
  if (xml === null) return { error: M.notWord };
  if (isZipFailure(xml)) return { error: failure(xml) };
  const folder = name.slice(0, name.lastIndexOf('/') + 1);
  const file = name.slice(folder.length);
  const rels = readRelationships(pkg, `${folder}_rels/${file}.rels`, folder);
  return {
    document: parseXml(xml),
    styles: optionalPart(pkg, byType(rels, 'styles') ?? `${folder}styles.xml`),
    numbering: optionalPart(pkg, byType(rels, 'numbering') ?? `${folder}numbering.xml`),
    chunk: chunkReader(pkg, rels),
  };
}
