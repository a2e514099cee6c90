// The geometry the PDF importer works on: text items grouped into visual lines, and each line cut
// into segments where a horizontal gap is wide enough to be a table cell boundary. Coordinates are
// PDF points from the page's top-left corner; `y` is a baseline and grows down the page.

/** A run of text on one line with no cell-wide gap inside. */
export type Segment = {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Its own baseline (a line gathers baselines a little apart). */
  readonly y: number;
  /** Font size (the text's height in points). */
  readonly size: number;
};

/** One printed line: items on the same baseline, left to right. */
export type VisualLine = {
  /** Page index, from 0. */
  readonly page: number;
  readonly y: number;
  readonly size: number;
  readonly x0: number;
  readonly x1: number;
  readonly segments: readonly Segment[];
};

/** The line's text with its segments joined by `sep` (a tab keeps cells apart). */
export function lineText(line: VisualLine, sep = '\t'): string {
  return line.segments.map((s) => s.text).join(sep);
}

/**
 * The line as running text: its segments joined by a space, except between two CJK characters
 * (a wide gap inside Chinese text is justification or spacing, as in 「年　月　日」).
 */
export function runningText(line: VisualLine): string {
  let out = '';
  for (const s of line.segments) {
    const glue = out === '' || (isCjk(out.slice(-1)) && isCjk(s.text.slice(0, 1))) ? '' : ' ';
    out += glue + s.text;
  }
  return out.trim();
}

/** Orders lines as read: page, then top to bottom, then left to right. */
export function byReadingOrder(
  a: { page: number; y: number; x0?: number },
  b: { page: number; y: number; x0?: number },
): number {
  return a.page - b.page || a.y - b.y || (a.x0 ?? 0) - (b.x0 ?? 0);
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * The glue between two pieces of text split by a line wrap: a space between two Latin words, and
 * nothing elsewhere (Chinese text wraps anywhere, even inside a figure: 「2」/「024 年」).
 */
export function wrapGlue(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ' ' : '';
}

/** Whether a character is CJK (ideographs, their punctuation, full-width forms). */
export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}
