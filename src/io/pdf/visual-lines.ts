import { foldRadicals } from './radicals';
import { isCjk, type Segment, type VisualLine } from './layout';
import type { PdfPageText, PdfTextItem } from './pdf-import';

// Items → lines. pdf.js gives one item per run of glyphs in one font; a line is every item on the
// same baseline, and a gap of about a character or more between two items is a cell boundary
// (table cells are printed apart by their padding; words in a sentence never are). Whitespace
// items only say that the text had a space there: their width is the gap pdf.js measured.

/** Baselines closer than this (× font size) are one line. */
const SAME_LINE = 0.35;
/** A horizontal gap wider than this (× font size) separates two cells. */
const CELL_GAP = 0.8;
/** A gap wider than this (× font size) is a space in the text. */
const SPACE_GAP = 0.25;

type Item = PdfTextItem & { readonly blank: boolean };

function groupByBaseline(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    const sizes = [g?.size ?? 0, it.blank ? 0 : it.height].filter((s) => s > 0);
    const tolerance = sizes.length > 0 ? SAME_LINE * Math.min(...sizes) : 0.01;
    if (g && Math.abs(it.y - g.y) <= tolerance) {
      g.items.push(it);
      if (!it.blank) g.size = Math.max(g.size, it.height);
    } else groups.push({ y: it.y, size: it.blank ? 0 : it.height, items: [it] });
  }
  return groups.map((g) => g.items);
}

/**
 * Whether a gap between two runs may be a space. Not between two CJK characters (Chinese has no
 * spaces; a gap there is justification) nor inside a figure (「2 024」 in a justified line).
 */
function spaceable(before: string, after: string): boolean {
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  if (/\d/.test(a) && /\d/.test(b)) return false;
  return !(isCjk(a) && isCjk(b));
}

type Draft = { text: string; x0: number; x1: number; y: number; size: number };

/** Whether an item repeats the previous one (simulated bold draws a run twice, slightly shifted). */
function isOverprint(prev: Item | undefined, it: Item): boolean {
  return prev !== undefined && prev.str === it.str && Math.abs(prev.x - it.x) < 0.2 * it.height;
}

function toSegments(items: readonly Item[]): Segment[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const out: Draft[] = [];
  let spaced = false;
  let prev: Item | undefined;
  for (const it of sorted) {
    if (it.blank) {
      spaced = true;
      continue;
    }
    if (isOverprint(prev, it)) continue;
    prev = it;
    const text = it.str.trim();
    const cur = out[out.length - 1];
    const gap = cur ? it.x - cur.x1 : Infinity;
    const em = Math.min(cur?.size ?? it.height, it.height);
    if (cur && gap <= CELL_GAP * em) {
      const space = spaced || gap > SPACE_GAP * em || /^\s/.test(it.str);
      cur.text += (space && spaceable(cur.text, text) ? ' ' : '') + text;
      cur.x1 = Math.max(cur.x1, it.x + it.width);
      cur.size = Math.max(cur.size, it.height);
    } else out.push({ text, x0: it.x, x1: it.x + it.width, y: it.y, size: it.height });
    spaced = /\s$/.test(it.str);
  }
  return out.filter((s) => s.text !== '');
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The visual lines of one page, top to bottom, with radicals folded to ideographs. */
export function pageLines(page: PdfPageText, index: number): VisualLine[] {
  const items: Item[] = page.items
    .filter((it) => Number.isFinite(it.x) && Number.isFinite(it.y) && it.str !== '')
    .map((it) => ({ ...it, str: foldRadicals(it.str), blank: it.str.trim() === '' }));
  const lines: VisualLine[] = [];
  for (const group of groupByBaseline(items)) {
    const segments = toSegments(group);
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (!first || !last) continue;
    const solid = group.filter((it) => !it.blank);
    lines.push({
      page: index,
      y: median(solid.map((it) => it.y)),
      size: Math.max(...segments.map((s) => s.size)),
      x0: first.x0,
      x1: last.x1,
      segments,
    });
  }
  return lines;
}
