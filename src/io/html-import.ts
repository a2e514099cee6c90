import { Parser } from 'htmlparser2';
import type { TemplateDef } from '../domain/template/types';
import type { ImportResult } from './import-result';
import { checkImportSize } from './limits';
import { importText } from './text-import';

// A saved web page or HTML from the clipboard, turned into the text lines `importText` reads:
// block elements become lines (a blank line after each, since each <p> is its own paragraph),
// <br> a line break, headings keep their level as `#` markers, and each <tr> one line of
// tab-separated cells. Merged cells are unmerged the way the text format prints them: a colspan
// leaves empty cells after the text, a rowspan leaves an empty cell in the rows below.
// htmlparser2 works without a DOM, so this runs in the browser, in workers and in Node alike.

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);
const BLOCKS = new Set(
  'p div section article main header footer nav aside ul ol li dl dt dd blockquote pre table form center hr title h1 h2 h3 h4 h5 h6'.split(
    ' ',
  ),
);

type Table = {
  row: string[] | null;
  cell: string | null;
  span: { colspan: number; rowspan: number };
  /** Column index → number of further rows a rowspan still covers. */
  pending: Map<number, number>;
};

// Spans are capped: real report tables are a few dozen cells wide, and a hostile page must not
// make the importer build millions of empty cells.
const spanOf = (v: string | undefined): number => {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 100) : 1;
};

class LineWriter {
  readonly lines: string[] = [];
  private text = '';
  private skip = 0;
  private heading = 0;
  private readonly tables: Table[] = [];

  private get table(): Table | undefined {
    return this.tables[this.tables.length - 1];
  }

  /** Ends the current line (`blank`: and the paragraph). */
  flush(blank: boolean): void {
    const line = this.text.replace(/[ \t\n\r\f]+/g, ' ').trim();
    this.text = '';
    if (line !== '') this.lines.push(this.heading ? `${'#'.repeat(this.heading)} ${line}` : line);
    if (blank && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  open(name: string, attrs: Record<string, string>): void {
    if (SKIPPED.has(name) || this.skip > 0) {
      if (SKIPPED.has(name)) this.skip++;
      return;
    }
    const table = this.table;
    if (table?.cell !== null && table?.cell !== undefined) {
      if (name === 'br' || BLOCKS.has(name)) table.cell += ' ';
      if (name !== 'table') return;
    }
    if (name === 'br') return this.flush(false);
    if (BLOCKS.has(name)) this.flush(true);
    if (/^h[1-6]$/.test(name)) this.heading = Number(name.slice(1));
    if (name === 'table')
      this.tables.push({
        row: null,
        cell: null,
        span: { colspan: 1, rowspan: 1 },
        pending: new Map(),
      });
    else if (name === 'tr' && table) this.startRow(table);
    else if ((name === 'td' || name === 'th') && table) this.startCell(table, attrs);
  }

  close(name: string): void {
    if (SKIPPED.has(name)) {
      this.skip = Math.max(0, this.skip - 1);
      return;
    }
    if (this.skip > 0) return;
    const table = this.table;
    if ((name === 'td' || name === 'th') && table) return this.endCell(table);
    if (name === 'tr' && table) return this.endRow(table);
    if (table?.cell !== null && table?.cell !== undefined && name !== 'table') return;
    if (name === 'table') {
      if (table) this.endRow(table);
      this.tables.pop();
    }
    if (BLOCKS.has(name)) this.flush(true);
    if (/^h[1-6]$/.test(name)) this.heading = 0;
  }

  addText(s: string): void {
    if (this.skip > 0) return;
    const table = this.table;
    if (table && table.cell !== null) table.cell += s;
    else this.text += s;
  }

  private startRow(table: Table): void {
    if (table.row) this.endRow(table);
    table.row = [];
  }

  /** Fills the columns still covered by rowspans from the rows above. */
  private fillSpanned(table: Table, row: string[], upTo: number): void {
    while (row.length < upTo && (table.pending.get(row.length) ?? 0) > 0) {
      table.pending.set(row.length, (table.pending.get(row.length) ?? 1) - 1);
      row.push('');
    }
  }

  private startCell(table: Table, attrs: Record<string, string>): void {
    if (!table.row) table.row = [];
    if (table.cell !== null) this.endCell(table);
    table.cell = '';
    table.span = { colspan: spanOf(attrs.colspan), rowspan: spanOf(attrs.rowspan) };
  }

  private endCell(table: Table): void {
    const row = table.row;
    if (!row || table.cell === null) return;
    this.fillSpanned(table, row, Infinity);
    const { colspan, rowspan } = table.span;
    for (let k = 0; k < colspan; k++) {
      if (rowspan > 1) table.pending.set(row.length, rowspan - 1);
      row.push(k === 0 ? table.cell.replace(/\s+/g, ' ').trim() : '');
    }
    table.cell = null;
  }

  private endRow(table: Table): void {
    if (table.cell !== null) this.endCell(table);
    const row = table.row;
    if (!row) return;
    const widest = Math.max(-1, ...table.pending.keys()) + 1;
    this.fillSpanned(table, row, widest);
    this.flush(false);
    this.lines.push(row.join('\t'));
    table.row = null;
  }
}

/** The text lines of an HTML page or fragment (tables as tab-separated lines). */
export function htmlToText(html: string): string {
  const w = new LineWriter();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => w.open(name, attrs),
      onclosetag: (name) => w.close(name),
      ontext: (text) => w.addText(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  w.flush(true);
  return w.lines.join('\n');
}

/** Whether content looks like HTML (a saved page or clipboard HTML) rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2000).trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html/.test(head)) return true;
  return /<(table|body|p|div|h[1-6]|span|meta)[\s>]/.test(head) && /<\/[a-z0-9]+>/.test(head);
}

/** Imports a report from HTML by way of its text lines. */
export function importHtml(t: TemplateDef, html: string): ImportResult {
  const tooBig = checkImportSize(html);
  if (tooBig) return { ok: false, error: tooBig };
  return importText(t, htmlToText(html));
}
