import type { Numbering } from './wordml-numbering';
import { readRuns } from './wordml-runs';
import type { NumberingRef, Styles } from './wordml-styles';
import { child, elements, intVal, val, type XmlElement } from './wordml-xml';

// The body of a Word document as blocks in reading order: paragraphs (with their heading level
// and list label), tables (rows of cells with their merges) and embedded HTML chunks (w:altChunk,
// which web-based office systems use to make .docx files). Content controls, custom XML and
// tracked insertions are transparent; tracked deletions are dropped.

/** A block of the body. */
export type DocBlock =
  | {
      readonly kind: 'paragraph';
      /** The text with its list label; "\n" for soft line breaks, "\t" for tabs. */
      readonly text: string;
      /** Heading level from 0, or null for body text. */
      readonly outline: number | null;
    }
  | {
      readonly kind: 'table';
      /** Widths of the grid columns in twips (NaN where not given). */
      readonly grid: readonly number[];
      readonly rows: readonly DocRow[];
    }
  | { readonly kind: 'chunk'; readonly relId: string };

/** A table row: grid columns skipped before its first cell, and its cells. */
export type DocRow = { readonly gridBefore: number; readonly cells: readonly DocCell[] };

/** A table cell: the grid columns it spans, whether it continues a merge, its content. */
export type DocCell = {
  readonly span: number;
  /** A vertically (w:vMerge) or, in old files, horizontally (w:hMerge) merged continuation. */
  readonly continued: boolean;
  readonly blocks: readonly DocBlock[];
};

/** What reading the body needs besides the XML. */
export type BodyContext = { readonly styles: Styles; readonly numbering: Numbering };

// Tables in text boxes in tables…: deeper than this is not a report.
const MAX_DEPTH = 16;
// Real report tables are at most a few dozen columns wide.
const MAX_SPAN = 100;

const WRAPPERS = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:sdtContent']);

function numberingOf(pPr: XmlElement | undefined, style: NumberingRef | null): NumberingRef | null {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return style;
  const numId = val(child(numPr, 'w:numId')) ?? style?.numId;
  const ilvl = intVal(child(numPr, 'w:ilvl'), style?.ilvl ?? 0);
  return numId === undefined || numId === '0' ? null : { numId, ilvl };
}

function readParagraph(p: XmlElement, ctx: BodyContext, depth: number): DocBlock[] {
  const pPr = child(p, 'w:pPr');
  const styleId = val(child(pPr, 'w:pStyle')) ?? ctx.styles.defaultId ?? '';
  const style = ctx.styles.byId.get(styleId);
  if (style?.toc) return [];
  const own = child(pPr, 'w:outlineLvl');
  const level = own ? intVal(own, 9) : (style?.outline ?? null);
  const ref = numberingOf(pPr, style?.numbering ?? null);
  const runs = readRuns(p);
  const label = ref ? ctx.numbering.label(ref) : '';
  const paragraph: DocBlock = {
    kind: 'paragraph',
    text: label + runs.text,
    outline: level !== null && level < 9 ? level : null,
  };
  return [paragraph, ...runs.boxes.flatMap((box) => readBlocks(box, ctx, depth + 1))];
}

/** The children of `el` of one kind, looking through content controls and custom XML. */
function itemsOf(el: XmlElement, name: string): XmlElement[] {
  return elements(el).flatMap((c) => {
    if (c.name === name) return [c];
    if (c.name === 'w:sdt') return itemsOf(child(c, 'w:sdtContent') ?? c, name);
    return WRAPPERS.has(c.name) ? itemsOf(c, name) : [];
  });
}

function readCell(tc: XmlElement, ctx: BodyContext, depth: number): DocCell {
  const tcPr = child(tc, 'w:tcPr');
  const merge = child(tcPr, 'w:vMerge') ?? child(tcPr, 'w:hMerge');
  return {
    span: Math.min(Math.max(intVal(child(tcPr, 'w:gridSpan'), 1), 1), MAX_SPAN),
    continued: merge !== undefined && val(merge) !== 'restart',
    blocks: readBlocks(tc, ctx, depth + 1),
  };
}

function readTable(tbl: XmlElement, ctx: BodyContext, depth: number): DocBlock {
  const rows = itemsOf(tbl, 'w:tr')
    .filter((tr) => !child(child(tr, 'w:trPr'), 'w:del'))
    .map((tr) => ({
      gridBefore: Math.min(intVal(child(child(tr, 'w:trPr'), 'w:gridBefore'), 0), MAX_SPAN),
      cells: itemsOf(tr, 'w:tc').map((tc) => readCell(tc, ctx, depth)),
    }));
  const grid = elements(child(tbl, 'w:tblGrid') ?? tbl)
    .filter((c) => c.name === 'w:gridCol')
    .map((c) => (/^\d+$/.test(c.attrs['w:w'] ?? '') ? Number(c.attrs['w:w']) : Number.NaN));
  return { kind: 'table', grid, rows };
}

/** A table of contents (Word wraps it in a content control): it repeats the section headings. */
function isTableOfContents(sdt: XmlElement): boolean {
  const gallery = child(child(child(sdt, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery');
  return /table of contents/i.test(val(gallery) ?? '');
}

/** The blocks of a container (the body, a cell, a text box) in reading order. */
export function readBlocks(el: XmlElement, ctx: BodyContext, depth = 0): DocBlock[] {
  if (depth > MAX_DEPTH) return [];
  return elements(el).flatMap((c): DocBlock[] => {
    switch (c.name) {
      case 'w:p':
        return readParagraph(c, ctx, depth);
      case 'w:tbl':
        return [readTable(c, ctx, depth)];
      case 'w:sdt':
        return isTableOfContents(c) ? [] : readBlocks(child(c, 'w:sdtContent') ?? c, ctx, depth);
      case 'mc:AlternateContent': {
        const branch = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
        return branch ? readBlocks(branch, ctx, depth) : [];
      }
      case 'w:altChunk':
        return [{ kind: 'chunk', relId: c.attrs['r:id'] ?? '' }];
      default:
        return WRAPPERS.has(c.name) ? readBlocks(c, ctx, depth) : [];
    }
  });
}
