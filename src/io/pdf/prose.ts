import { runningText, wrapGlue, type VisualLine } from './layout';

// Narrative text: a PDF breaks every paragraph into lines at the right margin. A line continues
// the paragraph above when that one ran to the right margin and this one starts at the left
// margin (a new paragraph is indented, a heading or the 落款 stops short), in the same font size
// and at the usual line distance, or as the first line of the next page. Each paragraph comes out
// as one line followed by a blank line, as the HTML importer writes <p>.

/** The body's left and right edges on each page (GB/T 9704 mirrors them on even pages). */
export type Margins = { readonly left: number; readonly right: number }[];

type Extent = { left: number; right: number; lines: number };

function extents(lines: readonly VisualLine[], pages: number): (Extent | null)[] {
  const out: (Extent | null)[] = Array.from({ length: pages }, () => null);
  for (const l of lines) {
    const e = out[l.page];
    if (e) {
      e.left = Math.min(e.left, l.x0);
      e.right = Math.max(e.right, l.x1);
      e.lines++;
    } else out[l.page] = { left: l.x0, right: l.x1, lines: 1 };
  }
  return out;
}

/**
 * The margins of each page from its prose lines. A page may not show both edges (a heading and
 * one short paragraph; only indented lines): unless it spans the full body width it takes the
 * margins of the nearest page that does, of the same parity first, since pages alternate.
 */
export function findMargins(prose: readonly VisualLine[], pages: number): Margins {
  const ext = extents(prose, pages);
  const width = Math.max(0, ...ext.map((e) => (e ? e.right - e.left : 0)));
  const full = ext.flatMap((e, j) => (e && e.right - e.left >= 0.97 * width ? [{ e, j }] : []));
  return ext.map((own, i) => {
    // Same parity first, then the nearest page.
    const rank = (j: number) => ((j - i) % 2 === 0 ? 0 : pages) + Math.abs(j - i);
    const best = [...full].sort((a, b) => rank(a.j) - rank(b.j))[0]?.e ?? own;
    return { left: best?.left ?? 0, right: best?.right ?? 0 };
  });
}

/** The usual distance between two lines of a paragraph (the most common one). */
function linePitch(lines: readonly VisualLine[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (!a || !b || a.page !== b.page || Math.abs(a.size - b.size) > 0.15 * b.size) continue;
    const d = Math.round(b.y - a.y);
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const best = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
  return best?.[0] ?? Infinity;
}

function continues(prev: VisualLine, cur: VisualLine, margins: Margins, pitch: number): boolean {
  const size = cur.size;
  if (Math.abs(prev.size - size) > 0.15 * size) return false;
  const before = margins[prev.page];
  const after = margins[cur.page];
  if (!before || !after) return false;
  if (prev.x1 < before.right - 1.5 * size || cur.x0 > after.left + 0.6 * size) return false;
  if (cur.page === prev.page) {
    const dy = cur.y - prev.y;
    return dy > 0 && dy <= Math.max(1.3 * pitch, 1.2 * size) && dy <= 2.5 * size;
  }
  return cur.page === prev.page + 1;
}

/** Paragraphs of prose lines: one line each, with a blank line after each. */
export function proseText(lines: readonly VisualLine[], margins: Margins): string[] {
  const pitch = linePitch(lines);
  const paragraphs: string[] = [];
  let prev: VisualLine | undefined;
  for (const line of lines) {
    const text = runningText(line);
    const last = paragraphs.length - 1;
    if (prev && last >= 0 && continues(prev, line, margins, pitch)) {
      const before = paragraphs[last] ?? '';
      paragraphs[last] = before + wrapGlue(before, text) + text;
    } else paragraphs.push(text);
    prev = line;
  }
  return paragraphs.flatMap((p) => [p, '']);
}

/**
 * The lines before section 一. A title printed over two or three lines (in a larger size than the
 * body) is one title: the importer reads the agency and the year from it.
 */
export function preambleText(lines: readonly VisualLine[], bodySize: number): string[] {
  const out: string[] = [];
  let prev: VisualLine | undefined;
  for (const line of lines) {
    const text = runningText(line);
    const title = line.size >= 1.15 * bodySize;
    const sameTitle =
      prev !== undefined &&
      title &&
      prev.page === line.page &&
      Math.abs(prev.size - line.size) <= 0.05 * line.size &&
      line.y - prev.y <= 2 * line.size;
    const last = out.length - 2;
    if (sameTitle && last >= 0)
      out[last] = (out[last] ?? '') + wrapGlue(out[last] ?? '', text) + text;
    else out.push(text, '');
    prev = line;
  }
  return out;
}
