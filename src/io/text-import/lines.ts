// Turning pasted or saved text into lines, table cells and narrative paragraphs. Real copies come
// from Word, web pages and PDFs: CRLF, non-breaking and full-width spaces, markdown `#` markers,
// runs of spaces instead of tabs, and hard line wraps in the middle of sentences.

/** One line of the normalised text. */
export type Line = {
  /** The line with exotic spaces made plain; tabs are kept so table rows can be split. */
  readonly raw: string;
  /** Trimmed text without markdown `#` markers. */
  readonly text: string;
  /** The line carried markdown heading markers (`#` … `######`). */
  readonly marked: boolean;
};

const EXOTIC_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const MARKERS = /^[ \t]*#{1,6}[ \t]*/;

/** Unifies line endings and spaces; removes zero-width characters and the BOM. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(EXOTIC_SPACES, ' ');
}

/** Splits a text into normalised lines. */
export function toLines(text: string): Line[] {
  return normalizeText(text)
    .split('\n')
    .map((raw) => {
      const marked = MARKERS.test(raw);
      return { raw, text: raw.replace(MARKERS, '').trim(), marked };
    });
}

// "0 0 0 1" (single spaces, as PDF extraction prints numbers) is several cells; so is a label
// followed by such numbers. Labels themselves contain single spaces ("(一) 予以公开").
const NUMBER = String.raw`[\d０-９][\d０-９.,，]*`;
const NUMBER_RUN = new RegExp(`^${NUMBER}(?: +${NUMBER})+$`);
const LABEL_THEN_NUMBERS = new RegExp(`^(.*[^\\d０-９\\s.,，]) +(${NUMBER}(?: +${NUMBER})*)$`);

function splitNumberRuns(cell: string): string[] {
  const c = cell.trim();
  if (NUMBER_RUN.test(c)) return c.split(/ +/);
  const m = LABEL_THEN_NUMBERS.exec(c);
  if (m?.[1] && m[2] && /[\u3400-\u9fff]/.test(m[1])) return [m[1].trim(), ...m[2].split(/ +/)];
  return [c];
}

/** The cells of a table line: tab-separated, or separated by runs of two or more spaces. */
export function splitCells(raw: string): string[] {
  const parts = raw.includes('\t') ? raw.split('\t') : raw.trim().split(/ {2,}/);
  return parts.flatMap(splitNumberRuns);
}

// Display width: a CJK character is as wide as two ASCII ones (matters for spotting PDF wraps).
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

// Only a full stop ends a paragraph at the margin: PDFs wrap after ：；， as often as anywhere.
const SENTENCE_END = /[。！？!?]$/;

/** Joins the lines of one block (no blank lines) into paragraphs, undoing PDF hard wraps. */
function blockParagraphs(block: readonly string[]): string[] {
  const widest = Math.max(...block.map(width));
  const out: string[] = [];
  let open = false; // the last line ran to the right margin without ending a sentence
  for (const line of block) {
    const last = out.length - 1;
    if (open && last >= 0) {
      const glue = /[A-Za-z0-9]$/.test(out[last] ?? '') && /^[A-Za-z0-9]/.test(line) ? ' ' : '';
      out[last] = `${out[last] ?? ''}${glue}${line}`;
    } else out.push(line);
    open = widest >= 40 && width(line) >= 0.75 * widest && !SENTENCE_END.test(line);
  }
  return out;
}

/** Narrative text from lines: blank lines separate paragraphs, wrapped lines are joined. */
export function toParagraphs(texts: readonly string[]): string {
  const blocks: string[][] = [[]];
  for (const t of texts) {
    if (t === '') blocks.push([]);
    else blocks[blocks.length - 1]?.push(t);
  }
  return blocks
    .filter((b) => b.length > 0)
    .flatMap(blockParagraphs)
    .join('\n\n');
}
