// A Word file laid out by hand, the way an office clerk builds the report in Word: NOT through the
// app's exporter, but with the `docx` library's low-level table API (cells with columnSpan and
// verticalMerge RESTART/CONTINUE) in the official merged layout. Labels come from the template's
// layout (layoutTables), values from the document, printed totals from computeTotals.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import {
  computeTotals,
  formatCellValue,
  getCell,
  getNarrative,
  layoutTables,
  reportTitle,
  type LayoutCell,
  type LayoutRow,
  type ReportDocument,
  type SectionDef,
  type TableLayout,
  type TemplateDef,
  type Totals,
} from '../../../domain';

/** How the hand-made file differs from a plain one. */
export type HandBuiltOptions = {
  /** Headings in Word's heading styles (默认: bold body paragraphs, as many clerks type them). */
  readonly headingStyles?: boolean;
  /** The title over two paragraphs (「…年度」 / 「政府信息公开工作年度报告」). */
  readonly splitTitle?: boolean;
  /** Header labels broken over lines inside their cells (「结果」↵「维持」), as printed. */
  readonly wrapHeaders?: boolean;
  /** Table sections whose table is left out (a table pasted as a picture, or deleted). */
  readonly without?: readonly TableLayout['id'][];
  /** Totals printed as typed rather than computed, by computed path (a clerk's mistake). */
  readonly printed?: Readonly<Record<string, string>>;
};

type Ctx = { readonly doc: ReportDocument; readonly totals: Totals; readonly o: HandBuiltOptions };

function text(cell: LayoutCell, ctx: Ctx): string {
  if (cell.type === 'header' || cell.type === 'label') return cell.text;
  if (cell.type === 'input') return formatCellValue(getCell(ctx.doc, cell.path));
  return ctx.o.printed?.[cell.path] ?? formatCellValue(ctx.totals[cell.path] ?? null);
}

/** Runs of a cell: a two-character pair of words broken over two lines when asked. */
function runs(s: string, ctx: Ctx): TextRun[] {
  const wrap = ctx.o.wrapHeaders && /^[\u4e00-\u9fff]{4}$/.test(s);
  if (!wrap) return [new TextRun(s)];
  return [new TextRun(s.slice(0, 2)), new TextRun({ text: s.slice(2), break: 1 })];
}

const rowSpanOf = (c: LayoutCell): number => ('rowSpan' in c ? c.rowSpan : 1);

/** Word rows: every grid column covered, merged-down cells continued in the rows below. */
function wordRows(layout: TableLayout, ctx: Ctx): TableRow[] {
  const down = new Map<number, { span: number; left: number }>();
  return [...layout.header, ...layout.body].map((row: LayoutRow) => {
    const cells: TableCell[] = [];
    const queue = [...row.cells];
    for (let col = 0; col < layout.columnCount;) {
      const merged = down.get(col);
      if (merged && merged.left > 0) {
        merged.left--;
        cells.push(
          new TableCell({
            columnSpan: merged.span,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [new Paragraph('')],
          }),
        );
        col += merged.span;
        continue;
      }
      const cell = queue.shift();
      if (!cell) break;
      const rows = rowSpanOf(cell);
      if (rows > 1) down.set(col, { span: cell.colSpan, left: rows - 1 });
      cells.push(
        new TableCell({
          columnSpan: cell.colSpan,
          ...(rows > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: [new Paragraph({ children: runs(text(cell, ctx), ctx) })],
        }),
      );
      col += cell.colSpan;
    }
    return new TableRow({ children: cells, tableHeader: row.role === 'header' });
  });
}

function table(layout: TableLayout, ctx: Ctx): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: wordRows(layout, ctx),
  });
}

function heading(s: string, level: 1 | 2, ctx: Ctx): Paragraph {
  if (ctx.o.headingStyles)
    return new Paragraph({
      text: s,
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    });
  return new Paragraph({ children: [new TextRun({ text: s, bold: level === 1 })] });
}

function body(s: string): Paragraph[] {
  return s
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun(p.trim())] }));
}

function section(t: TemplateDef, s: SectionDef, ctx: Ctx): (Paragraph | Table)[] {
  const head = heading(s.title, 1, ctx);
  if (s.content !== 'narratives') {
    const skip = ctx.o.without?.includes(s.content);
    return skip
      ? [head, new Paragraph('（表格见附图）')]
      : [head, table(layoutTables(t)[s.content], ctx)];
  }
  return [
    head,
    ...s.narratives.flatMap((n) => [
      ...(n.heading ? [heading(n.heading, 2, ctx)] : []),
      ...body(getNarrative(ctx.doc, n.path)),
    ]),
  ];
}

function titleParagraphs(title: string, ctx: Ctx): Paragraph[] {
  const cut = title.lastIndexOf('政府信息公开');
  const lines = ctx.o.splitTitle && cut > 0 ? [title.slice(0, cut), title.slice(cut)] : [title];
  return lines.map(
    (l) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: l, bold: true, size: 44 })],
      }),
  );
}

function signature(doc: ReportDocument): Paragraph[] {
  const right = (s: string) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(s)] });
  const date = doc.meta.publishedOn?.split('-').map(Number);
  return [
    new Paragraph(''),
    right(doc.meta.agency),
    ...(date ? [right(`${date[0]}年${date[1]}月${date[2]}日`)] : []),
  ];
}

/** A .docx of the report laid out by hand in the official merged layout (see above). */
export async function buildHandMadeDocx(
  t: TemplateDef,
  doc: ReportDocument,
  o: HandBuiltOptions = {},
): Promise<Uint8Array> {
  const ctx: Ctx = { doc, totals: computeTotals(t, doc), o };
  const children = [
    ...titleParagraphs(reportTitle(doc), ctx),
    ...t.sections.flatMap((s) => section(t, s, ctx)),
    ...signature(doc),
  ];
  const file = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(file));
}
