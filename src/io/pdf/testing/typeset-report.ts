import type { PdfPageText, PdfTextItem } from '../pdf-import';
import { item, textWidth } from './typeset';

// A small typesetter for tests: prints the text lines of a report (htmlToText's output: '#'
// headings, paragraphs, tab-separated table rows) onto A4 pages the way Word does: 28 字 lines of
// 16 pt indented 2 字, table cells top-aligned with their labels wrapped inside the column and the
// figures on the first line, 「— n —」 page numbers. Enough to exercise the whole PDF pipeline
// without pdf.js.

const LEFT = 80;
const WIDTH = 448;
const TOP = 100;
const BOTTOM = 740;
const BODY = 16;
const SMALL = 10.5;
const FIGURE = /^[\d.,]*$/;

class Printer {
  readonly pages: PdfPageText[] = [];
  private items: PdfTextItem[] = [];
  y = TOP;

  /** Makes room for `height` points, starting a new page when the page is full. */
  room(height: number): void {
    if (this.y + height <= BOTTOM) return;
    this.flush();
    this.y = TOP;
  }

  put(it: PdfTextItem): void {
    this.items.push(it);
  }

  flush(): void {
    const n = this.pages.length + 1;
    const number = `— ${n} —`;
    const x = n % 2 === 1 ? LEFT + WIDTH - textWidth(number, 14) : LEFT;
    this.pages.push({ width: 595, height: 842, items: [...this.items, item(number, x, 790, 14)] });
    this.items = [];
  }
}

/** Splits text into lines of at most `width` points (`first` for the first line). */
function wrap(text: string, width: number, size: number, first = width): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (textWidth(line + ch, size) > (out.length === 0 ? first : width)) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return line === '' ? out : [...out, line];
}

function paragraph(p: Printer, text: string, size: number, centre: boolean): void {
  const indent = centre ? 0 : 2 * size;
  const lines = wrap(text, WIDTH, size, WIDTH - indent);
  lines.forEach((line, i) => {
    p.room(size * 1.75);
    const x = centre ? LEFT + (WIDTH - textWidth(line, size)) / 2 : LEFT + (i === 0 ? indent : 0);
    p.put(item(line, x, p.y, size));
    p.y += size * 1.75;
  });
}

/** Column edges of a table: figure columns 36 pt wide, label columns sharing the rest. */
function columns(rows: readonly string[][]): { x: number; w: number; figure: boolean }[] {
  const n = Math.max(...rows.map((r) => r.length));
  const figure = Array.from({ length: n }, (_, k) =>
    rows.some((r) => (r[k] ?? '') !== '' && FIGURE.test(r[k] ?? '')),
  );
  const figureWidth = Math.min(36, WIDTH / n);
  const labels = figure.filter((f) => !f).length;
  const labelWidth = labels > 0 ? (WIDTH - figureWidth * (n - labels)) / labels : 0;
  let x = LEFT;
  return figure.map((f) => {
    const col = { x, w: f ? figureWidth : labelWidth, figure: f };
    x += col.w;
    return col;
  });
}

function table(p: Printer, rows: readonly string[][]): void {
  const cols = columns(rows);
  for (const row of rows) {
    const cells = row.map((text, k) => wrap(text, (cols[k]?.w ?? 0) - 6, SMALL));
    const height = Math.max(1, ...cells.map((c) => c.length)) * SMALL * 1.3 + 8;
    p.room(height);
    cells.forEach((lines, k) => {
      const col = cols[k];
      if (!col) return;
      lines.forEach((line, i) => {
        const y = p.y + i * SMALL * 1.3;
        const x = col.figure ? col.x + (col.w - textWidth(line, SMALL)) / 2 : col.x + 3;
        p.put(item(line, x, y, SMALL));
      });
    });
    p.y += height;
  }
}

/** The pages a report's text lines print on. */
export function typesetReport(text: string): PdfPageText[] {
  const p = new Printer();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes('\t')) {
      const rows: string[][] = [];
      while ((lines[i] ?? '').includes('\t')) rows.push((lines[i++] ?? '').split('\t'));
      i--;
      table(p, rows);
    } else if (line.trim() !== '') {
      const title = /^# /.test(line);
      paragraph(p, line.replace(/^#+\s*/, ''), title ? 22 : BODY, title);
    }
  }
  p.flush();
  return p.pages;
}
