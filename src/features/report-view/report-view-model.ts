import {
  computeTotals,
  formatCellValue,
  getCell,
  getNarrative,
  layoutTables,
  reportTitle,
  type ReportDocument,
  type SectionDef,
  type TableLayout,
  type TemplateDef,
} from '@/domain';

/** A narrative as shown: its printed heading (may be empty) and its paragraphs. */
export type NarrativeModel = {
  readonly path: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
};

/** A table as shown: the official layout plus the text of every value cell, by field path. */
export type TableModel = {
  readonly layout: TableLayout;
  readonly caption: string;
  readonly values: Readonly<Record<string, string>>;
};

export type SectionModel = {
  readonly key: string;
  readonly title: string;
  readonly narratives: readonly NarrativeModel[];
  readonly table: TableModel | null;
};

/** Everything the read-only report view renders, derived from the template and the document. */
export type ReportViewModel = {
  readonly title: string;
  readonly sections: readonly SectionModel[];
};

/** Splits plain text into paragraphs at blank lines; blank paragraphs are dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t\u3000]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The table's caption: the section title without its ordinal (二、主动公开… → 主动公开…). */
export function tableCaption(section: SectionDef): string {
  return section.title.replace(/^[一二三四五六七八九十]+、/, '');
}

/** Text of every input cell (blank stays blank) and every computed cell (from computeTotals). */
function buildValues(layout: TableLayout, report: ReportDocument, totals: Record<string, number>) {
  const values: Record<string, string> = {};
  for (const row of [...layout.header, ...layout.body]) {
    for (const cell of row.cells) {
      if (cell.type === 'input') values[cell.path] = formatCellValue(getCell(report, cell.path));
      if (cell.type === 'computed') values[cell.path] = String(totals[cell.path] ?? 0);
    }
  }
  return values;
}

/** Derives the view model of a report; pure, so the components only map it to elements. */
export function buildReportViewModel(
  template: TemplateDef,
  report: ReportDocument,
): ReportViewModel {
  const layouts = layoutTables(template);
  const totals = computeTotals(template, report);
  const sections = template.sections.map((section): SectionModel => {
    const layout = section.content === 'narratives' ? null : layouts[section.content];
    return {
      key: section.key,
      title: section.title,
      narratives: section.narratives.map((n) => ({
        path: n.path,
        heading: n.heading,
        paragraphs: splitParagraphs(getNarrative(report, n.path)),
      })),
      table: layout
        ? { layout, caption: tableCaption(section), values: buildValues(layout, report, totals) }
        : null,
    };
  });
  return { title: reportTitle(report), sections };
}
