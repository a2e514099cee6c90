// Reads tab-separated text as copied from Excel or WPS: quoted cells may hold tabs, quotes ("")
// and line breaks (Alt+Enter); rows end with CRLF, LF or CR; a final line break ends the block.

/** Splits clipboard text into rows of cells. Returns [] for empty text. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (atCellStart && ch === '"') {
      const end = readQuoted(text, i + 1);
      cell += end.value;
      i = end.next;
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function readQuoted(text: string, from: number): { value: string; next: number } {
  let value = '';
  let i = from;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && text[i + 1] === '"') {
      value += '"';
      i += 2;
    } else if (ch === '"') {
      return { value, next: i + 1 };
    } else {
      value += ch;
      i += 1;
    }
  }
  // An unterminated quote: keep what was read, as Excel does.
  return { value, next: i };
}

/** True when clipboard text holds more than one cell (a block to spread over the grid). */
export function isBlock(text: string): boolean {
  const rows = parseTsv(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

/** Writes rows of cells as tab-separated text, quoting cells that need it. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join('\t')).join('\r\n');
}
