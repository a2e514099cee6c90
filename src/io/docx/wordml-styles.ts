import { child, elements, intVal, val, type XmlElement } from './wordml-xml';

// What a paragraph's style contributes to reading it: its outline level (a heading) and its
// list numbering (headings like 一、 are often numbered by the style, not typed). Styles inherit
// through w:basedOn; the chain is followed a few steps at most (a loop must not hang).

/** A numbering reference: list instance and level. */
export type NumberingRef = { readonly numId: string; readonly ilvl: number };

/** What a paragraph style says about its paragraphs. */
export type ParagraphStyle = {
  /** 0 for a level-1 heading …; null for body text. */
  readonly outline: number | null;
  readonly numbering: NumberingRef | null;
  /** A table-of-contents entry (styles "toc 1" …): it repeats the headings, it is not one. */
  readonly toc: boolean;
};

/** The paragraph styles of a document, by id, and the default style's id. */
export type Styles = {
  readonly byId: ReadonlyMap<string, ParagraphStyle>;
  readonly defaultId: string | null;
};

type RawStyle = {
  readonly basedOn: string | null;
  readonly toc: boolean;
  readonly outline: number | null;
  readonly numId: string | null;
  readonly ilvl: number | null;
};

/** "heading 3" (the built-in heading styles) is outline level 2 even when not stated. */
function builtInOutline(name: string | undefined): number | null {
  const m = /^heading\s*([1-9])$/i.exec(name ?? '');
  return m?.[1] ? Number(m[1]) - 1 : null;
}

function readRaw(style: XmlElement): RawStyle {
  const pPr = child(style, 'w:pPr');
  const numPr = child(pPr, 'w:numPr');
  const outline = child(pPr, 'w:outlineLvl');
  return {
    basedOn: val(child(style, 'w:basedOn')) ?? null,
    toc: /^toc\s*\d$/i.test(val(child(style, 'w:name')) ?? ''),
    outline: outline ? intVal(outline, 9) : builtInOutline(val(child(style, 'w:name'))),
    numId: val(child(numPr, 'w:numId')) ?? null,
    ilvl: child(numPr, 'w:ilvl') ? intVal(child(numPr, 'w:ilvl'), 0) : null,
  };
}

function resolve(raw: ReadonlyMap<string, RawStyle>, id: string): ParagraphStyle {
  let outline: number | null | undefined;
  let numId: string | null = null;
  let ilvl: number | null = null;
  let current: string | null = id;
  for (let depth = 0; current !== null && depth < 12; depth++) {
    const s = raw.get(current);
    if (!s) break;
    if (outline === undefined && s.outline !== null) outline = s.outline;
    numId ??= s.numId;
    ilvl ??= s.ilvl;
    current = s.basedOn;
  }
  const heading = outline !== undefined && outline !== null && outline < 9 ? outline : null;
  const numbering = numId !== null && numId !== '0' ? { numId, ilvl: ilvl ?? 0 } : null;
  return { outline: heading, numbering, toc: raw.get(id)?.toc ?? false };
}

/** Reads the paragraph styles of styles.xml (parsed); no styles part gives no styles. */
export function readStyles(root: XmlElement | null): Styles {
  const styles = root ? elements(child(root, 'w:styles') ?? root) : [];
  const paragraphs = styles.filter(
    (s) => s.name === 'w:style' && (s.attrs['w:type'] ?? 'paragraph') === 'paragraph',
  );
  const raw = new Map<string, RawStyle>();
  let defaultId: string | null = null;
  for (const s of paragraphs) {
    const id = s.attrs['w:styleId'];
    if (id === undefined) continue;
    raw.set(id, readRaw(s));
    if (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true') defaultId = id;
  }
  const byId = new Map([...raw.keys()].map((id) => [id, resolve(raw, id)]));
  return { byId, defaultId };
}
