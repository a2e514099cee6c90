import type { SectionDef, TemplateDef } from '../../domain/template/types';
import { createEmptyReport } from '../../domain/report/document';
import { exportText } from '../text-export';
import { toLines } from '../text-import/lines';
import { isSectionHeading } from '../text-import/sections';

// Two repairs on the lines of a Word document before the text importer reads them.
// 1. The title: Word titles are often broken over two lines or two paragraphs
//    (「平湖市科技局2021年度」 / 「政府信息公开工作年度报告」); they are joined so the title's
//    agency and year are read.
// 2. A missing table: a Word report whose table is an image, or was deleted, still has its other
//    sections. The text importer refuses a text without table 3 or 4 (a cut-off paste), but a
//    Word file is whole: the table is read as blank, and the caller lists it as missing.

const MARKERS = /^#{1,6}\s*/;
const isTitle = (s: string): boolean =>
  /报告/.test(s) && /(?:19|20)\d{2}年/.test(s.replace(/\s+/g, ''));

/** Line index of each section heading, in template order (null where absent). */
function headingIndexes(t: TemplateDef, lines: readonly string[]): (number | null)[] {
  const parsed = toLines(lines.join('\n'));
  let from = 0;
  return t.sections.map((def) => {
    for (let i = from; i < parsed.length; i++) {
      const line = parsed[i];
      if (line && isSectionHeading(line, def)) {
        from = i + 1;
        return i;
      }
    }
    return null;
  });
}

/** Joins the last two or three title lines before section 一 when no single line is the title. */
function joinTitle(lines: string[], end: number): void {
  const texts = lines.slice(0, end).map((l) => l.replace(MARKERS, '').trim());
  if (texts.some(isTitle)) return;
  const filled = texts.flatMap((s, i) => (s === '' ? [] : [i]));
  for (let k = filled.length - 2; k >= 0; k--) {
    for (const width of [2, 3]) {
      const picked = filled.slice(k, k + width);
      if (picked.length < width) continue;
      const joined = picked.map((i) => texts[i]).join('');
      if (!isTitle(joined) || joined.length > 80) continue;
      picked.forEach((i, n) => (lines[i] = n === 0 ? joined : ''));
      return;
    }
  }
}

/** The lines of a blank table of each kind, from the text export of an empty report. */
function blankTable(t: TemplateDef, def: SectionDef): string[] {
  const text = exportText(t, createEmptyReport(t, { agency: '', year: 0 })).split('\n');
  const start = text.indexOf(`## ${def.title}`);
  if (start < 0) return [];
  const end = text.findIndex((l, i) => i > start && l.startsWith('## '));
  return text.slice(start + 1, end < 0 ? undefined : end);
}

/** The lines repaired, and the table sections that had no table. */
export type Repaired = { readonly lines: string[]; readonly missing: readonly SectionDef[] };

/** Joins a broken title and stands in blank tables for missing ones (see above). */
export function repairLines(t: TemplateDef, input: readonly string[]): Repaired {
  const lines = [...input];
  const at = headingIndexes(t, lines);
  if (at[0] !== null && at[0] !== undefined) joinTitle(lines, at[0]);
  const missing: SectionDef[] = [];
  // From the last section back, so that inserted lines do not move the headings still to do.
  for (let k = t.sections.length - 1; k >= 0; k--) {
    const def = t.sections[k];
    const start = at[k];
    if (!def || def.content === 'narratives' || start === null || start === undefined) continue;
    const end = at.slice(k + 1).find((i) => i !== null && i !== undefined) ?? lines.length;
    if (lines.slice(start + 1, end).some((l) => l.includes('\t'))) continue;
    lines.splice(start + 1, 0, '', ...blankTable(t, def), '');
    missing.unshift(def);
  }
  return { lines, missing };
}
