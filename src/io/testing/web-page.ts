// Builds a web page from a text report the way content systems print it: a <table> per table,
// merged cells as colspan (header rows) and rowspan (the 三、 and （三） label columns of table 3),
// &nbsp; in empty cells, entities for quotes, <br> between wrapped lines, plus script and style.

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');
const isHeaderRow = (cells: string[]): boolean => !cells.some((c) => /^\d/.test(c));

/** How many following rows a label cell at column `c` spans (its column is empty there). */
function rowspanAt(rows: string[][], r: number, c: number): number {
  let span = 1;
  for (let k = r + 1; k < rows.length; k++) {
    const row = rows[k] ?? [];
    const labelBelow = row.slice(c + 1, c + 3).some((x) => x !== '');
    if (isHeaderRow(row) || row.slice(0, c + 1).some((x) => x !== '') || !labelBelow) break;
    span++;
  }
  return span;
}

function tableHtml(rows: string[][]): string {
  const covered = new Set<string>();
  const trs = rows.map((cells, r) => {
    const tds: string[] = [];
    for (let c = 0; c < cells.length; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const text = cells[c] ?? '';
      let colspan = 1;
      if (isHeaderRow(cells) && text !== '') while (cells[c + colspan] === '') colspan++;
      const rowspan = !isHeaderRow(cells) && c < 2 && text !== '' ? rowspanAt(rows, r, c) : 1;
      for (let k = 1; k < rowspan; k++) covered.add(`${r + k}:${c}`);
      const attrs = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
      tds.push(`<td${attrs}>${text === '' ? '&nbsp;' : `<p><span>${esc(text)}</span></p>`}</td>`);
      c += colspan - 1;
    }
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1"><tbody>\n${trs.join('\n')}\n</tbody></table>`;
}

const isTableLine = (line: string | undefined): boolean => (line ?? '').includes('\t');
const isHeading = (line: string): boolean => /^#+ /.test(line);

/** The table starting at line `i` (blank lines between its rows included) and the line after it. */
function takeTable(lines: string[], i: number): [html: string, next: number] {
  const rows: string[][] = [];
  while (
    i < lines.length &&
    (isTableLine(lines[i]) || (lines[i] === '' && isTableLine(lines[i + 1])))
  ) {
    if (lines[i] !== '') rows.push((lines[i] ?? '').split('\t').map((c) => c.trim()));
    i++;
  }
  return [tableHtml(rows), i];
}

/** The paragraph starting at line `i` (its lines up to a blank, table or heading) and the line after it. */
function takeParagraph(lines: string[], i: number): [html: string, next: number] {
  const block: string[] = [];
  while (
    i < lines.length &&
    (lines[i] ?? '').trim() !== '' &&
    !isTableLine(lines[i]) &&
    !isHeading(lines[i] ?? '')
  ) {
    block.push(esc(lines[i] ?? ''));
    i++;
  }
  return [`<p style="text-indent:2em">${block.join('<br>\n')}</p>`, i];
}

/** The block starting at line `i` as HTML (null for a blank line) and the line after it. */
function takeBlock(lines: string[], i: number): [html: string | null, next: number] {
  const line = lines[i] ?? '';
  if (isTableLine(line)) return takeTable(lines, i);
  if (isHeading(line)) {
    const level = (/^#+/.exec(line)?.[0] ?? '#').length;
    return [`<h${level}>${esc(line.replace(/^#+ /, ''))}</h${level}>`, i + 1];
  }
  if (line.trim() === '') return [null, i + 1];
  return takeParagraph(lines, i);
}

/** A text report (the layout of the sample) as a web page a content system might publish. */
export function publishedWebPage(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length;) {
    const [html, next] = takeBlock(lines, i);
    if (html !== null) out.push(html);
    i = next;
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title>
<style>td { border: 1px solid #000 }</style><script>var a = "一、总体情况 <td>";</script></head>
<body><div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div><div class="content">
${out.join('\n')}
</div></body></html>`;
}
