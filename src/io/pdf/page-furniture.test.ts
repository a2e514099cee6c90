import { describe, expect, it } from 'vitest';
import { lineText } from './layout';
import { dropFurniture } from './page-furniture';
import type { PdfTextItem } from './pdf-import';
import { a4, item } from './testing/typeset';
import { pageLines } from './visual-lines';

const pages = (...items: PdfTextItem[][]) =>
  dropFurniture(items.map((it, i) => ({ lines: pageLines(a4(it), i), height: 842 }))).map((p) =>
    p.map((l) => lineText(l, ' ')),
  );

describe('dropFurniture', () => {
  it('drops 「— n —」 page numbers on the outside of each page', () => {
    expect(
      pages(
        [item('正文第一页', 80, 120, 16), item('— 1 —', 460, 767, 14)],
        [item('正文第二页', 80, 120, 16), item('— 2 —', 90, 767, 14)],
      ),
    ).toEqual([['正文第一页'], ['正文第二页']]);
  });

  it('drops 「第 n 页 共 m 页」 and 「n / m」', () => {
    expect(
      pages(
        [item('正文', 80, 120, 16), item('第 1 页 共 2 页', 260, 800)],
        [item('2 / 2', 280, 30), item('正文', 80, 120, 16)],
      ),
    ).toEqual([['正文'], ['正文']]);
  });

  it('drops a header line repeated in the top margin of every page, not the same text in the body', () => {
    expect(
      pages(
        [item('某某市人民政府', 250, 40), item('某某市人民政府', 80, 120, 16)],
        [item('某某市人民政府', 250, 40), item('正文', 80, 120, 16)],
      ),
    ).toEqual([['某某市人民政府'], ['正文']]);
  });

  it('keeps a table row near the bottom, and a lone figure that is not the last line', () => {
    expect(
      pages([
        item('行政事业性收费', 80, 730),
        item('0', 380, 730),
        item('12', 380, 745),
        item('— 2 —', 90, 767, 14),
      ]),
    ).toEqual([['行政事业性收费 0', '12']]);
  });
});
