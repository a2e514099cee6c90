// Fonts and paragraph styles of the Word copy (GB/T 9704-2012 5.2.2, 7.3.1, 7.3.3; design.md).
// The official faces are named by their Chinese names, as Chinese Word and WPS templates store
// them, so Word and WPS use them where installed; the font table adds their English names.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

/** One face for every script of a run, East Asian first, so a font is never mixed in a line. */
function face(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' } as const;
}

/** Fonts by role: 小标宋 title, 仿宋 body, 黑体 一、, 楷体 （一）, 宋体 page numbers. */
export const FONT = {
  title: face('方正小标宋简体'),
  body: face('仿宋_GB2312'),
  hei: face('黑体'),
  kai: face('楷体_GB2312'),
  song: face('宋体'),
} as const;

/** English names of the official faces, written as `w:altName` in the font table. */
export const FONT_ALT_NAMES: Readonly<Record<string, string>> = {
  方正小标宋简体: 'FZXiaoBiaoSong-B05S',
  仿宋_GB2312: 'FangSong_GB2312',
  黑体: 'SimHei',
  楷体_GB2312: 'KaiTi_GB2312',
  宋体: 'SimSun',
};

/** Sizes in points: 2号 title, 3号 body, 4号 page number, 五号 tables (5.2.2 allows a smaller size). */
export const SIZE = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const;

/** Style ids of the paragraphs the exporter writes. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  tableText: 'TableText',
  tableLabel: 'TableLabel',
  signature: 'Signature',
  header: 'Header',
  footer: 'Footer',
} as const;

/** Exact line spacing of `line` twips, with `before` twips above (all attributes, none inherited). */
export function exactSpacing(line: number, before = 0) {
  return { line, lineRule: LineRuleType.EXACT, before, after: 0 };
}
const exact = (line: number) => exactSpacing(line);

/** Headings and the title stay with the paragraph after them, and are never split. */
const HEADING = { keepNext: true, keepLines: true } as const;

/** The document defaults: the body's run and line, and the two heading levels (黑体 一、, 楷体 （一）). */
function defaultStyles(line: number): IStylesOptions['default'] {
  const body = SIZE.body * 2;
  return {
    document: {
      // zh-CN for Latin text too: LibreOffice then sets digits missing from an absent official
      // face in its CJK fallback (half-width), not in a wide Latin one that breaks 5-digit cells.
      run: { font: FONT.body, size: body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: exact(line) },
    },
    heading1: { run: { font: FONT.hei, size: body }, paragraph: { ...HEADING, outlineLevel: 0 } },
    heading2: { run: { font: FONT.kai, size: body }, paragraph: { ...HEADING, outlineLevel: 1 } },
  };
}

type ParagraphStyles = NonNullable<IStylesOptions['paragraphStyles']>;

/** Normal (the body) and the title. */
function textStyles(zi: number, line: number): ParagraphStyles {
  // A 3号 character is 320 twips wide; the spacing makes it one grid 字 (5.2.3).
  const bodySpacing = zi - SIZE.body * 20;
  return [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: FONT.body, size: SIZE.body * 2, characterSpacing: bodySpacing },
      paragraph: { alignment: AlignmentType.BOTH, indent: { firstLine: 2 * zi } },
    },
    {
      id: STYLE.title,
      name: 'Title',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT.title, size: SIZE.title * 2 },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { ...exact(line), after: line },
        ...HEADING,
      },
    },
  ];
}

/** The tables' cells and row labels. */
function tableStyles(): ParagraphStyles {
  return [
    {
      id: STYLE.tableText,
      name: '表格文字',
      run: { size: SIZE.table * 2 },
      paragraph: {
        alignment: AlignmentType.CENTER,
        // 五号 at 1.35 lines, as the HTML copy's tables.
        spacing: exact(Math.round(SIZE.table * 20 * 1.35)),
      },
    },
    {
      id: STYLE.tableLabel,
      name: '表格行标题',
      basedOn: STYLE.tableText,
      paragraph: { alignment: AlignmentType.LEFT },
    },
  ];
}

/** The 落款 (based on Normal, flush right), and the page header and footer. */
function signatureAndPageStyles(): ParagraphStyles {
  return [
    {
      id: STYLE.signature,
      name: 'Signature',
      basedOn: 'Normal',
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 }, keepNext: true },
    },
    { id: STYLE.header, name: 'header', run: { font: FONT.hei } },
    // 7.5: the page number in 4号宋体.
    {
      id: STYLE.footer,
      name: 'footer',
      run: { font: FONT.song, size: SIZE.pageNumber * 2 },
      paragraph: { spacing: exact(SIZE.pageNumber * 20) },
    },
  ];
}

/**
 * The styles: Normal is the body (3号仿宋, 2字 first-line indent, one grid 行 per line, letters
 * tightened so 28 字 fill a line as in the HTML copy); headings and the 落款 derive from it. The
 * title, tables, header and footer are not based on Normal, as they keep normal letter spacing
 * (the docx library cannot write a spacing of 0 to undo Normal's).
 * `zi` and `line` are the page grid's 字 and 行 in twips.
 */
export function documentStyles(zi: number, line: number): IStylesOptions {
  return {
    default: defaultStyles(line),
    paragraphStyles: [...textStyles(zi, line), ...tableStyles(), ...signatureAndPageStyles()],
  };
}
