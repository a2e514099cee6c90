import type { PdfPageText, PdfTextItem } from '../pdf-import';

// Test helpers that "print" text as a PDF's text layer would give it: items with positions, a
// CJK character one em wide and other characters half an em (close enough to real fonts).

/** A character's advance in ems. */
const advance = (ch: string): number => (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5);

/** The printed width of a text in points at a font size. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += advance(ch) * size;
  return w;
}

/** One text item whose baseline starts at (x, y). */
export function item(str: string, x: number, y: number, size = 10.5): PdfTextItem {
  return { str, x, y, width: textWidth(str, size), height: size };
}

/** One item centred on `cx` (a figure in a centred table cell). */
export function centred(str: string, cx: number, y: number, size = 10.5): PdfTextItem {
  return item(str, cx - textWidth(str, size) / 2, y, size);
}

/** An A4 page of items. */
export function a4(items: PdfTextItem[]): PdfPageText {
  return { width: 595, height: 842, items };
}
