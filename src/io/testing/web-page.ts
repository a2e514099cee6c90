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

/** A text report (the layout of the sample) as a web page a content system might publish. */
export function publishedWebPage(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length;) {
    const line = lines[i] ?? '';
    if (line.includes('\t')) {
      const rows: string[][] = [];
      while (
        i < lines.length &&
        ((lines[i] ?? '').includes('\t') ||
          (lines[i] === '' && (lines[i + 1] ?? '').includes('\t')))
      ) {
        if (lines[i] !== '') rows.push((lines[i] ?? '').split('\t').map((c) => c.trim()));
        i++;
      }
      out.push(tableHtml(rows));
    } else if (/^#+ /.test(line)) {
      const level = (/^#+/.exec(line)?.[0] ?? '#').length;
      out.push(`<h${level}>${esc(line.replace(/^#+ /, ''))}</h${level}>`);
      i++;
    } else if (line.trim() === '') i++;
    else {
      const block: string[] = [];
      while (
        i < lines.length &&
        (lines[i] ?? '').trim() !== '' &&
        !(lines[i] ?? '').includes('\t') &&
        !/^#+ /.test(lines[i] ?? '')
      ) {
        block.push(esc(lines[i] ?? ''));
        i++;
      }
      out.push(`<p style="text-indent:2em">${block.join('<br>\n')}</p>`);
    }
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title>
<style>td { border: 1px solid #000 }</style><script>var a = "一、总体情况 <td>";</script></head>
<body><div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div><div class="content">
${out.join('\n')}
</div></body></html>`;
}
