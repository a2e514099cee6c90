import type { TemplateDef } from '../../domain/template/types';
import { lineText, runningText, type VisualLine } from './layout';
import { dropFurniture } from './page-furniture';
import type { PdfPageText } from './pdf-import';
import { findMargins, preambleText, proseText } from './prose';
import { splitRegions } from './regions';
import { tableText } from './table-text';
import { pageLines } from './visual-lines';

// A PDF's text layer → the plain text the text importer reads: page numbers and running headers
// dropped, narrative paragraphs rejoined, tables rebuilt as tab-separated rows.

/** The most common font size, weighted by characters: the body text's size. */
function bodySize(lines: readonly VisualLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + lineText(l, '').length);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The report text of a PDF's pages. */
export function pdfToText(t: TemplateDef, pages: readonly PdfPageText[]): string {
  const lines = dropFurniture(
    pages.map((p, i) => ({ lines: pageLines(p, i), height: p.height })),
  ).flat();
  const { preamble, sections } = splitRegions(t, lines);
  const prose = sections.filter((s) => s.def.content === 'narratives').flatMap((s) => s.lines);
  const margins = findMargins([...preamble, ...prose], pages.length);
  const out = preambleText(preamble, bodySize(prose.length > 0 ? prose : lines));
  for (const s of sections) {
    out.push(runningText(s.heading), '');
    if (s.def.content === 'narratives') out.push(...proseText(s.lines, margins));
    else out.push(...tableText(s.lines), '');
  }
  return out.join('\n');
}
