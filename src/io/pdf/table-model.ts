import { isLabelCell, ordinalOf } from '../text-import/labels';
import { byReadingOrder, wrapGlue, type Segment, type VisualLine } from './layout';
import { continuesFigures, splitFigures } from './table-figures';

// A table section's lines as label cells and rows of figures. A printed cell may wrap its label
// over several lines (「2.其他法律行政法规禁止公」/「开」), and the figures of its row may stand on
// the first, the middle or the last of them, or between two of them (a vertically centred cell).
// So label pieces are first joined into cells, and each row of figures finds its label afterwards.

/** A line's figures: the value segments of one visual line. */
export type ValueRow = {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  /** Figures, left to right (a figure wrapped in a narrow column is joined back). */
  readonly values: Segment[];
  /** No label stands on the row's line. */
  readonly bare: boolean;
};

/** A label cell: one piece, or several stacked pieces of one wrapped cell. */
export type LabelCell = {
  readonly page: number;
  x0: number;
  x1: number;
  /** Baseline of the first and the last piece. */
  readonly top: number;
  bottom: number;
  readonly size: number;
  text: string;
  /** The row whose figures stand on one of this cell's lines (its label is on that line). */
  anchor: ValueRow | null;
};

type Split = { labels: Segment[]; values: Segment[] };

function splitLine(line: VisualLine): Split {
  const labels: Segment[] = [];
  const values: Segment[] = [];
  for (const s of line.segments.flatMap(splitFigures)) {
    if (isLabelCell(s.text)) labels.push(s);
    else values.push(s);
  }
  return { labels, values };
}

type Piece = { readonly seg: Segment; readonly page: number; readonly y: number };

function aligned(a: Segment, b: Segment): boolean {
  const tol = 0.6 * Math.min(a.size, b.size);
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
  const sameLeft = Math.abs(a.x0 - b.x0) <= tol;
  const sameCentre = Math.abs(a.x0 + a.x1 - b.x0 - b.x1) / 2 <= tol;
  return overlap && (sameLeft || sameCentre);
}

/** The piece straight above `p` in its column (the nearest one overlapping it), if any. */
function pieceAbove(done: readonly Piece[], p: Piece): Piece | undefined {
  let best: Piece | undefined;
  for (const q of done) {
    if (q.page !== p.page || q.y >= p.y - 0.3 * p.seg.size) continue;
    if (Math.min(q.seg.x1, p.seg.x1) - Math.max(q.seg.x0, p.seg.x0) <= 0) continue;
    if (!best || q.y > best.y) best = q;
  }
  return best;
}

/** Whether piece `p` continues the cell that `above` ended: a wrapped line of the same cell. */
function continuesCell(above: Piece, p: Piece, cell: LabelCell, anchor: ValueRow | null): boolean {
  const size = p.seg.size;
  if (Math.abs(above.seg.size - size) > 0.15 * size) return false;
  if (p.y - above.y > 1.55 * size) return false; // the next row (padding) or further
  if (ordinalOf(p.seg.text) !== null) return false; // 「2.」「（三）」 start a row of their own
  if (anchor && cell.anchor && anchor !== cell.anchor) return false; // two rows of figures
  return aligned(above.seg, p.seg);
}

/** Label pieces joined into cells as they come, top to bottom. */
class CellBuilder {
  readonly cells: LabelCell[] = [];
  private readonly done: Piece[] = [];
  private readonly cellOf = new Map<Piece, LabelCell>();

  add(piece: Piece, anchor: ValueRow | null): void {
    const { seg } = piece;
    const above = pieceAbove(this.done, piece);
    const cell = above ? this.cellOf.get(above) : undefined;
    if (above && cell && continuesCell(above, piece, cell, anchor)) {
      cell.text += wrapGlue(cell.text, seg.text) + seg.text;
      cell.x0 = Math.min(cell.x0, seg.x0);
      cell.x1 = Math.max(cell.x1, seg.x1);
      cell.bottom = seg.y;
      cell.anchor ??= anchor;
      this.cellOf.set(piece, cell);
    } else {
      const { x0, x1, y, size, text } = seg;
      const fresh = { page: piece.page, x0, x1, top: y, bottom: y, size, text, anchor };
      this.cells.push(fresh);
      this.cellOf.set(piece, fresh);
    }
    this.done.push(piece);
  }
}

/** The table's label cells and rows of figures, in reading order. */
export function readTable(lines: readonly VisualLine[]): { cells: LabelCell[]; rows: ValueRow[] } {
  const rows: ValueRow[] = [];
  const builder = new CellBuilder();
  for (const line of [...lines].sort(byReadingOrder)) {
    const { labels, values } = splitLine(line);
    const { page, y, size } = line;
    const row = values.length > 0 ? { page, y, size, values, bare: labels.length === 0 } : null;
    if (row && !continuesFigures(rows[rows.length - 1], row)) rows.push(row);
    // The row's own label is the last one left of its figures (group labels stand further left).
    const firstValue = row?.values[0]?.x0 ?? Infinity;
    const lead = labels.filter((s) => s.x1 <= firstValue + 0.5 * s.size).at(-1);
    for (const seg of labels) builder.add({ seg, page, y: seg.y }, seg === lead ? row : null);
  }
  return { cells: builder.cells, rows };
}
