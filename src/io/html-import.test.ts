import { describe, expect, it } from 'vitest';
import { gov2021 } from '../domain/template/gov-2021';
import { sample2021 } from '../domain/samples/sample-2021';
import { published, readPublished, readSampleText } from './testing/samples';
import { publishedWebPage as toHtml } from './testing/web-page';
import { htmlToText, importHtml, looksLikeHtml } from './html-import';
import { importText } from './text-import';

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
