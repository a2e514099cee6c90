import { lineText, type VisualLine } from './layout';

// Page numbers and running headers/footers are not report text: 「— 3 —」 (GB/T 9704), 「第 3 页
// 共 9 页」, 「3 / 9」, and a line repeated in the same margin of several pages (an agency name in
// the header). A page number may stand a little inside the margin (GB/T 9704 puts it 7 mm under
// the body), so it is looked for in a wider band than repeated text.

// A bare figure counts only as the page's outermost line: inside a table it is a cell.
const BARE_NUMBER = /^[0-9０-９]{1,4}$/;
const PAGE_NUMBER = [
  /^[-—–－~·•]+\s*[0-9０-９]{1,4}\s*[-—–－~·•]+$/,
  /^第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/,
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/,
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];

/** Outer share of the page height where a page number may stand. */
const NUMBER_BAND = 0.15;
/** Outer share of the page height where a running header or footer may stand. */
const RUNNING_BAND = 0.08;

/** One page's lines and its height, in points. */
export type PageLines = { readonly lines: readonly VisualLine[]; readonly height: number };

function inBand(line: VisualLine, height: number, share: number): boolean {
  return line.y < height * share || line.y > height * (1 - share);
}

/** Whether a line is a page number: its text, and where it stands on the page. */
export function isPageNumber(line: VisualLine, page: PageLines): boolean {
  const text = lineText(line, ' ').trim();
  const outermost = line === page.lines[0] || line === page.lines[page.lines.length - 1];
  const inMargin = inBand(line, page.height, NUMBER_BAND);
  if (BARE_NUMBER.test(text)) return outermost && inMargin;
  return PAGE_NUMBER.some((re) => re.test(text)) && (inMargin || outermost);
}

const runningKey = (line: VisualLine): string =>
  lineText(line, ' ')
    .replace(/[0-9０-９]+/g, '#')
    .replace(/\s+/g, '');

/** Texts that stand in the top or bottom margin of two pages or more. */
function runningTexts(pages: readonly PageLines[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  pages.forEach((p, i) => {
    for (const line of p.lines.filter((l) => inBand(l, p.height, RUNNING_BAND))) {
      const key = runningKey(line);
      seen.set(key, (seen.get(key) ?? new Set<number>()).add(i));
    }
  });
  return new Set([...seen].filter(([, on]) => on.size >= 2).map(([key]) => key));
}

/** Every page's lines without page numbers and running headers/footers. */
export function dropFurniture(pages: readonly PageLines[]): VisualLine[][] {
  const running = runningTexts(pages);
  return pages.map((p) =>
    p.lines.filter(
      (l) =>
        !isPageNumber(l, p) && !(inBand(l, p.height, RUNNING_BAND) && running.has(runningKey(l))),
    ),
  );
}
