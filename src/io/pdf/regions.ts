import type { SectionDef, TemplateDef } from '../../domain/template/types';
import { isSectionHeading } from '../text-import/sections';
import { runningText, type VisualLine } from './layout';

// The report's six sections, found on the printed lines with the text importer's own heading test,
// so that narrative sections are read as prose and table sections as tables. A heading not found
// leaves its lines with the section before (the importer then says which one is missing).

/** A section: its definition, its heading line and the lines under it. */
export type PdfSection = {
  readonly def: SectionDef;
  readonly heading: VisualLine;
  readonly lines: readonly VisualLine[];
};

/** The lines before section 一, and the sections found. */
export type PdfRegions = {
  readonly preamble: readonly VisualLine[];
  readonly sections: PdfSection[];
};

const asLine = (l: VisualLine) => {
  const text = runningText(l);
  return { raw: text, text, marked: false };
};

/** Splits the lines at the template's section headings. */
export function splitRegions(t: TemplateDef, lines: readonly VisualLine[]): PdfRegions {
  const found: { def: SectionDef; at: number }[] = [];
  let from = 0;
  for (const def of t.sections) {
    const at = lines.findIndex((l, i) => i >= from && isSectionHeading(asLine(l), def));
    if (at < 0) continue;
    found.push({ def, at });
    from = at + 1;
  }
  const sections = found.map(({ def, at }, k) => ({
    def,
    heading: lines[at] as VisualLine,
    lines: lines.slice(at + 1, found[k + 1]?.at ?? lines.length),
  }));
  return { preamble: lines.slice(0, found[0]?.at ?? lines.length), sections };
}
