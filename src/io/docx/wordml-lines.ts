import type { TemplateDef } from '../../domain/template/types';
import { toLines } from '../text-import/lines';
import { isSectionHeading } from '../text-import/sections';
import type { DocBlock, DocCell, DocRow } from './wordml-body';

// The blocks of a Word document as the text lines `importText` reads, the way `htmlToText` turns
// a web page into them: a paragraph is a line (soft breaks start new lines) followed by a blank
// line, a heading carries `#` markers, and a table row is one line of tab-separated cells in
// grid order. Merged cells are unmerged as printed: a w:gridSpan leaves empty cells after the
// text, a w:vMerge continuation an empty cell below; grid columns too narrow to print count for
// nothing. A table whose cells hold tables is a layout frame (WPS and some templates wrap the
// report in one): its content is read as if unwrapped.

/** Turns an embedded HTML chunk (w:altChunk) into lines, or null when it cannot be read. */
export type ChunkReader = (relId: string) => string[] | null;

type Render = { readonly t: TemplateDef; readonly chunk: ChunkReader };

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A paragraph's text as one line of a table cell. */
function cellText(blocks: readonly DocBlock[]): string {
  return collapse(
    blocks
      .map((b) => {
        if (b.kind === 'paragraph') return b.text;
        if (b.kind === 'table')
          return b.rows.flatMap((r) => r.cells.map((c) => cellText(c.blocks)));
        return '';
      })
      .flat()
      .join(' '),
  );
}

/** A line of a paragraph: tabs that lay out a row of figures stay, others become spaces. */
function paragraphLine(line: string): string {
  const s = line.replace(/^[\s]+|[\s]+$/g, '');
  return (s.match(/\t/g)?.length ?? 0) >= 2 ? s : s.replace(/\t/g, ' ');
}

function paragraphLines(b: Extract<DocBlock, { kind: 'paragraph' }>): string[] {
  const marker = b.outline === null ? '' : `${'#'.repeat(Math.min(b.outline + 1, 6))} `;
  const lines = b.text.split('\n').map(paragraphLine);
  return [...lines.map((l) => (l === '' ? '' : marker + l)), ''];
}

// A grid column narrower than this (2.6 mm) holds no figure: Word and LibreOffice leave such
// slivers in the grid when a table's column borders were dragged out of line by hand, and a cell
// spanning one would otherwise print an extra empty cell and shift the figures after it.
const SLIVER_TWIPS = 150;

/** How many printed columns grid columns [from, from + span) make, slivers not counted. */
function printedSpan(grid: readonly number[], from: number, span: number): number {
  let n = 0;
  for (let c = from; c < from + span; c++) if (!((grid[c] ?? Number.NaN) < SLIVER_TWIPS)) n++;
  return n;
}

function rowCells(grid: readonly number[], row: DocRow): string[] {
  const cells: string[] = Array<string>(printedSpan(grid, 0, row.gridBefore)).fill('');
  let col = row.gridBefore;
  for (const c of row.cells) {
    const text = c.continued ? '' : cellText(c.blocks);
    const width = printedSpan(grid, col, c.span);
    col += c.span;
    if (width === 0 && text === '') continue;
    cells.push(text);
    for (let k = 1; k < width; k++) cells.push('');
  }
  return cells;
}

/** A row holding one text that is a section heading (a caption row over the table). */
function headingRow(r: Render, cells: readonly string[]): string | null {
  const filled = cells.filter((c) => c !== '');
  if (filled.length !== 1 || !filled[0]) return null;
  const [line] = toLines(filled[0]);
  return line && r.t.sections.some((def) => isSectionHeading(line, def)) ? filled[0] : null;
}

function tableLines(r: Render, grid: readonly number[], rows: readonly DocRow[]): string[] {
  const out = [''];
  for (const row of rows) {
    const cells = rowCells(grid, row);
    const heading = headingRow(r, cells);
    if (heading) out.push('', heading, '');
    // Every row counts, even a blank one: table 4's line of figures may be all blank.
    else out.push(cells.join('\t'));
  }
  return [...out, ''];
}

const holdsTable = (c: DocCell): boolean => c.blocks.some((b) => b.kind === 'table');

function blockLines(r: Render, b: DocBlock): string[] {
  switch (b.kind) {
    case 'paragraph':
      return paragraphLines(b);
    case 'table':
      if (b.rows.some((row) => row.cells.some(holdsTable)))
        return b.rows.flatMap((row) =>
          row.cells.flatMap((c) => c.blocks.flatMap((x) => blockLines(r, x))),
        );
      return tableLines(r, b.grid, b.rows);
    case 'chunk':
      return [...(r.chunk(b.relId) ?? []), ''];
  }
}

/** The text lines of a document's blocks. */
export function blocksToLines(
  t: TemplateDef,
  blocks: readonly DocBlock[],
  chunk: ChunkReader,
): string[] {
  const r: Render = { t, chunk };
  return blocks.flatMap((b) => blockLines(r, b));
}
