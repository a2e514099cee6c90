import type { SectionDef, TemplateDef } from '../../domain/template/types';
import type { Line } from './lines';
import { normalizeLabel, similarity } from './labels';

// Finding the six section headings. Narratives contain lines like "三、主动公开工作情况" and
// table rows start with "一、" "三、" "四、", so a heading needs the expected ordinal AND a title
// close to the template's; headings are searched in order, each after the previous one.

/** A section of the text: its template definition and its content lines (heading excluded). */
export type FoundSection = { readonly def: SectionDef; readonly lines: readonly Line[] };

/** The text split at its section headings; `preamble` is everything before the first one. */
export type SectionSplit =
  | { readonly ok: true; readonly preamble: readonly Line[]; readonly sections: FoundSection[] }
  | { readonly ok: false; readonly error: string };

const SIMILAR_ENOUGH = 0.5;

function titleRest(def: SectionDef): string {
  return normalizeLabel(def.title).replace(new RegExp(`^${def.ordinal}[、.,]`), '');
}

const MAX_HEADING_CHARS = 80;

/** Whether a line is the heading of a section: ordinal, then a title close to the template's. */
export function isSectionHeading(line: Line, def: SectionDef): boolean {
  // Table rows and long sentences are never headings (and skipping them keeps big texts fast).
  if (line.raw.includes('\t') || line.text.length > MAX_HEADING_CHARS) return false;
  const s = normalizeLabel(line.text);
  if (!s.startsWith(def.ordinal)) return false;
  const rest = s
    .slice(def.ordinal.length)
    .replace(/^[、.,:]/, '')
    .replace(/[。.]$/, '');
  const title = titleRest(def);
  if (rest.length > title.length + 12) return false; // a sentence, not a heading
  return rest.startsWith(title) || similarity(rest, title) >= SIMILAR_ENOUGH;
}

function findHeadings(t: TemplateDef, lines: readonly Line[]): (number | null)[] {
  let from = 0;
  return t.sections.map((def) => {
    for (let i = from; i < lines.length; i++) {
      const line = lines[i];
      if (line && isSectionHeading(line, def)) {
        from = i + 1;
        return i;
      }
    }
    return null;
  });
}

/** Splits the lines at the section headings, or explains which headings are missing. */
export function splitSections(t: TemplateDef, lines: readonly Line[]): SectionSplit {
  const at = findHeadings(t, lines);
  const missing = t.sections.filter((_, i) => at[i] === null).map((s) => `“${s.title}”`);
  if (missing.length === t.sections.length) {
    return {
      ok: false,
      error:
        '没有找到年度报告的章节标题（一、总体情况 至 六、其他需要报告的事项），' +
        '这不像一份政府信息公开工作年度报告，未导入任何内容。',
    };
  }
  if (missing.length > 0) {
    return {
      ok: false,
      error: `报告不完整，缺少章节：${missing.join('、')}。请粘贴或选择完整的年度报告全文后再导入。`,
    };
  }
  const starts = at.map((i) => i ?? 0);
  const sections = t.sections.map((def, k) => ({
    def,
    lines: lines.slice((starts[k] ?? 0) + 1, starts[k + 1] ?? lines.length),
  }));
  return { ok: true, preamble: lines.slice(0, starts[0] ?? 0), sections };
}
