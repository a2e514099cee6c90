// The page of the Word copy: A4, the GB/T 9704-2012 版心, mirrored margins for double-sided
// printing, 「— n —」 page numbers on the outside and the 草稿 mark. All measures are in twips
// (1/1440 inch), the unit of WordprocessingML; design.md, "Print: official typography".
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionPropertiesOptions,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { TEXT_WIDTH_ZI } from '../../domain/layout/signature-layout';
import { FONT, SIZE, STYLE } from './docx-export-styles';

const mm = (v: number): number => Math.round((v * 1440) / 25.4);

/** 5.1 A4 and 5.2.1 the 版心 156 × 225 mm: 天头 37, 订口 28, so 下 35 and 外侧 26 mm. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  inside: mm(28),
  outside: mm(26),
} as const;

/** Width of the 版心 in twips: what the tables' columns add up to. */
export const TEXT_WIDTH = PAGE.width - PAGE.inside - PAGE.outside;

/** 5.2.3 每面排22行: one grid 行, rounded down so that 22 lines fit the 225 mm 版心. */
export const LINE = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / 22);

/** 5.2.3 每行排28个字: one grid 字, rounded down so that 28 字 fit a line. */
export const ZI = Math.floor(TEXT_WIDTH / TEXT_WIDTH_ZI);

// 7.5: the 一字线 of the page number sits 7 mm below the 版心. Word measures the footer from the
// page's bottom edge to the footer line's bottom; the dash sits about mid-line (4号, exact line).
const PAGE_NUMBER_LINE = SIZE.pageNumber * 20;
const FOOTER_DISTANCE = PAGE.bottom - mm(7) - PAGE_NUMBER_LINE / 2;
const HEADER_DISTANCE = mm(15);

const DRAFT = '草稿';

/** The section's page: size, margins (left = 订口, mirrored on even pages by the settings). */
export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: {
        top: PAGE.top,
        bottom: PAGE.bottom,
        left: PAGE.inside,
        right: PAGE.outside,
        header: HEADER_DISTANCE,
        footer: FOOTER_DISTANCE,
        gutter: 0,
      },
    },
    grid: { linePitch: LINE },
  };
}

/** 7.5 页码: 4号半角宋体「— n —」; odd pages right with 1字 indent, even pages left with 1字 indent. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const paragraph = new Paragraph({
    style: STYLE.footer,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'odd' ? { right: ZI } : { left: ZI },
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
  });
  return new Footer({ children: [paragraph] });
}

/** Odd and even page footers (the settings turn on different odd/even footers). */
export function pageFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}

/**
 * The 草稿 mark on every page: Word's own watermark (a large diagonal 草稿 Word and WPS can
 * remove with their watermark command), and 草稿 as header text, which also reaches a PDF's text.
 */
function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        alignment: AlignmentType.RIGHT,
        children: [
          new TextWatermark({ text: DRAFT, font: FONT.hei.eastAsia, color: 'C0C0C0' }),
          new TextRun(DRAFT),
        ],
      }),
    ],
  });
}

/** Headers of every page: the 草稿 mark for a draft, none otherwise. */
export function pageHeaders(draft: boolean): { default: Header; even: Header } | undefined {
  return draft ? { default: draftHeader(), even: draftHeader() } : undefined;
}
