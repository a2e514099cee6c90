// The body of the Word copy: title, the six sections with their headings, narratives and tables,
// in the order and with the paragraph rules of the HTML copy (html-export.ts).
import { Paragraph, TextRun, type Table } from 'docx';
import {
  getNarrative,
  layoutTables,
  type NarrativeDef,
  type ReportDocument,
  type SectionDef,
  type TemplateDef,
  type Totals,
} from '../../domain';
import { titleLines } from '../../domain/layout/title-layout';
import { STYLE, exactSpacing } from './docx-export-styles';
import { wordTable } from './docx-export-tables';

type Block = Paragraph | Table;
type Tables = ReturnType<typeof layoutTables>;

/** Runs for lines of one paragraph, a line break (w:br) between them. */
function lineRuns(lines: readonly string[]): TextRun[] {
  return lines.map((text, i) => new TextRun(i === 0 ? text : { text, break: 1 }));
}

/** The title paragraph (2号小标宋, centred). */
export function titleParagraph(title: string): Paragraph {
  return new Paragraph({ style: STYLE.title, children: lineRuns(titleLines(title)) });
}

/** A narrative's paragraphs: split on blank lines; a single line break stays a break. */
function paragraphs(text: string, keepLastWithNext: boolean): Paragraph[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return blocks.map(
    (p, i) =>
      new Paragraph({
        children: lineRuns(p.split(/\s*\n\s*/)),
        ...(keepLastWithNext && i === blocks.length - 1 ? { keepNext: true } : {}),
      }),
  );
}

function narrative(n: NarrativeDef, doc: ReportDocument, keepLastWithNext: boolean): Paragraph[] {
  const heading = n.heading ? [new Paragraph({ style: STYLE.heading2, text: n.heading })] : [];
  return [...heading, ...paragraphs(getNarrative(doc, n.path), keepLastWithNext)];
}

/** What a section holds after its heading. `last`: it ends the body, so it keeps with the 落款. */
function sectionContent(
  s: SectionDef,
  doc: ReportDocument,
  tables: Tables,
  totals: Totals,
  width: number,
  last: boolean,
): Block[] {
  if (s.content !== 'narratives') return [wordTable(tables[s.content], doc, totals, width)];
  return s.narratives.flatMap((n, i) => narrative(n, doc, last && i === s.narratives.length - 1));
}

/**
 * The six sections: 一、 headings in 黑体, （一） in 楷体, narratives, and tables `width` twips
 * wide. A heading after a table is one grid 行 (`line`) below it, as the HTML copy's table margin;
 * as space before (not an empty paragraph), so that it is dropped at the top of a page.
 */
export function sectionBlocks(
  t: TemplateDef,
  doc: ReportDocument,
  totals: Totals,
  width: number,
  line: number,
): Block[] {
  const tables = layoutTables(t);
  const afterTable = (i: number) => (t.sections[i - 1]?.content ?? 'narratives') !== 'narratives';
  return t.sections.flatMap((s, i) => [
    new Paragraph({
      style: STYLE.heading1,
      text: s.title,
      ...(afterTable(i) ? { spacing: exactSpacing(line, line) } : {}),
    }),
    ...sectionContent(s, doc, tables, totals, width, i === t.sections.length - 1),
  ]);
}
