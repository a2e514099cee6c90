import { describe, expect, it } from 'vitest';
import { gov2021 } from '../domain/template/gov-2021';
import { sample2021 } from '../domain/samples/sample-2021';
import { published, readPublished, readSampleText } from './testing/samples';
import { htmlToText, importHtml, looksLikeHtml } from './html-import';
import { importText } from './text-import';

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

function toHtml(text: string): string {
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

describe('importHtml', () => {
  it('reads a published report as a web page with merged cells to the same document', () => {
    for (const { name, text } of readPublished()) {
      const fromText = importText(gov2021, text);
      const fromHtml = importHtml(gov2021, toHtml(text));
      if (!fromText.ok || !fromHtml.ok) throw new Error(`${name}: not imported`);
      expect(fromHtml.document).toEqual(fromText.document);
      expect(fromHtml.issues).toEqual(fromText.issues);
    }
  });

  it('reads the sample as a web page', () => {
    const r = importHtml(gov2021, toHtml(readSampleText()));
    if (!r.ok) throw new Error(r.error);
    expect(r.document).toEqual(sample2021);
  });

  it('unmerges colspan and rowspan into tab-separated cells', () => {
    const html =
      '<table><tr><td rowspan="3">三</td><td>（一）</td><td colspan="2">a</td><td>1</td></tr>' +
      '<tr><td rowspan="2">（三）</td><td>1.</td><td>&nbsp;</td><td>2</td></tr>' +
      '<tr><td>2.</td><td></td><td>3</td></tr></table>';
    expect(
      htmlToText(html)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['三\t（一）\ta\t\t1', '\t（三）\t1.\t\t2', '\t\t2.\t\t3']);
  });

  it('ignores scripts and styles and decodes entities', () => {
    const text = htmlToText(
      '<p>A&amp;B&nbsp;&ldquo;C&rdquo;</p><script>x<y</script><style>p{}</style><p>D<br>E</p>',
    );
    expect(text.split('\n').filter((l) => l !== '')).toEqual(['A&B\u00a0“C”', 'D', 'E']);
  });

  it('refuses a page that is not a report, and an oversized page', () => {
    const prose = importHtml(gov2021, '<html><body><p>欢迎访问本网站</p></body></html>');
    expect(prose.ok).toBe(false);
    const huge = importHtml(gov2021, `<html><body>${'<p>政</p>'.repeat(800_000)}</body></html>`);
    expect(huge.ok ? '' : huge.error).toContain('5 MB');
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml(toHtml(published('2024_huaian_hongzequ_renminzhengfu.txt')))).toBe(true);
    expect(looksLikeHtml('<table><tr><td>1</td></tr></table>')).toBe(true);
    expect(looksLikeHtml(readSampleText())).toBe(false);
    expect(looksLikeHtml('规章 <5 件> 说明')).toBe(false);
  });
});
