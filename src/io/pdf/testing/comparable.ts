import { getNarrative, setAtPath, type ReportDocument, type TemplateDef } from '../../../domain';

// What "the same report" means for a PDF read back (tests only). A PDF's text layer has no spaces
// of its own: pdf.js infers them from gaps, so a space at a line wrap is lost ("2021 年" wrapped
// after "2021") and a gap a layout engine leaves between Chinese and digits reads as one. Spaces
// carry no meaning in Chinese prose, so narratives and the title are compared without whitespace;
// every figure, the agency, the year, the date and the paragraph breaks must be equal.

const squeeze = (s: string, drop: RegExp): string =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.replace(drop, ''))
    .join('\n\n');

/**
 * The document with whitespace removed inside each paragraph of every narrative and the title.
 * `drop` widens what is removed (LibreOffice leaves out a full-width comma at the end of a line).
 */
export function comparable(
  t: TemplateDef,
  doc: ReportDocument,
  drop: RegExp = /\s+/g,
): ReportDocument {
  let out = doc;
  for (const s of t.sections) {
    for (const n of s.narratives) {
      out = setAtPath(out, n.path, squeeze(getNarrative(doc, n.path), drop));
    }
  }
  const title = doc.meta.title === null ? null : doc.meta.title.replace(drop, '');
  return { ...out, meta: { ...out.meta, title } };
}
