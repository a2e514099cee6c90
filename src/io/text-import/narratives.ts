import type { NarrativeDef, SectionDef } from '../../domain/template/types';
import { ordinalOf } from './labels';
import { toParagraphs, type Line } from './lines';

// Sub-sections are found by their ordinal (（一） … （五）), not their wording: agencies retitle
// them ("（四）平台建设情况。", "（二）改进措施。") and often run the heading into the text
// ("（一）主动公开情况。主要通过…"). When a section marks its headings with `#`, only marked
// lines count, so a paragraph that happens to start with （二） stays in its field.

type Heading = { readonly def: NarrativeDef; readonly index: number; readonly body: string };

const HEADING_END = /[。：:]/;

/** The text following an inline heading ("（一）主动公开情况。主要通过…" → "主要通过…"). */
function bodyAfterHeading(text: string): string {
  const rest = text.replace(/^\s*[（(][一二三四五六七八九十]+[）)]\s*/, '');
  const end = rest.search(HEADING_END);
  if (end >= 0 && end <= 30) return rest.slice(end + 1).trim();
  return rest.length <= 40 ? '' : rest;
}

function findHeadings(section: SectionDef, lines: readonly Line[]): Heading[] {
  const opens = (l: Line, token: string): boolean => ordinalOf(l.text)?.token === token;
  const markedOnly = lines.some((l) => l.marked && ordinalOf(l.text)?.token.startsWith('B:'));
  const out: Heading[] = [];
  let from = 0;
  for (const def of section.narratives) {
    const token = def.heading === '' ? null : ordinalOf(def.heading)?.token;
    if (!token) continue;
    const index = lines.findIndex(
      (l, i) => i >= from && (!markedOnly || l.marked) && opens(l, token),
    );
    if (index < 0) continue;
    out.push({ def, index, body: bodyAfterHeading(lines[index]?.text ?? '') });
    from = index + 1;
  }
  return out;
}

/**
 * A sub-section's text without its heading. The heading line is paragraphed with the lines below
 * it (a PDF wraps "（一）主动公开情况。主要通过…" onto the next line) and then cut off.
 */
function subsectionText(h: Heading, texts: readonly string[]): string {
  const first = texts[0] ?? '';
  const paragraphs = toParagraphs(texts).split('\n\n');
  const head = (paragraphs[0] ?? '').slice(first.length - h.body.length).trim();
  return [head, ...paragraphs.slice(1)].filter((p) => p !== '').join('\n\n');
}

/**
 * The narrative fields of a section, by field path. Text before the first sub-heading goes to the
 * untitled field (一: `overview.intro`), or to the first field when there is none (五: `problems`).
 */
export function readNarratives(section: SectionDef, lines: readonly Line[]): Map<string, string> {
  const out = new Map<string, string>(section.narratives.map((n) => [n.path, '']));
  const lead = section.narratives.find((n) => n.heading === '') ?? section.narratives[0];
  const headings = findHeadings(section, lines);
  const texts = lines.map((l) => l.text);
  const chunks = new Map<string, string[]>();
  const add = (path: string, text: string): void => {
    if (text !== '') chunks.set(path, [...(chunks.get(path) ?? []), text]);
  };
  if (lead) add(lead.path, toParagraphs(texts.slice(0, headings[0]?.index ?? lines.length)));
  headings.forEach((h, k) => {
    const end = headings[k + 1]?.index ?? lines.length;
    add(h.def.path, subsectionText(h, texts.slice(h.index, end)));
  });
  for (const [path, parts] of chunks) out.set(path, parts.join('\n\n'));
  return out;
}
