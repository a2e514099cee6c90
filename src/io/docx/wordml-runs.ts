import { child, elements, type XmlElement } from './wordml-xml';

// The text of a paragraph's content, as Word shows it: runs inside hyperlinks, fields, content
// controls (w:sdt), smart tags and tracked insertions count; deleted text, field instructions,
// hidden text, properties and footnote marks do not. Soft line breaks become "\n", tabs "\t". Text boxes in
// drawings are collected apart (`boxes`): their paragraphs are not part of this line of text.

/** A paragraph's text and the text-box contents (w:txbxContent) found in it. */
export type RunText = { text: string; readonly boxes: XmlElement[] };

// Properties and content that is not shown text.
const SKIPPED = new Set([
  'w:pPr',
  'w:rPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:annotationRef',
  'w:rt',
  'w:fldData',
  'mc:Fallback',
]);

// Elements that stand for one character.
const CHARACTERS: Readonly<Record<string, string>> = {
  'w:tab': '\t',
  'w:ptab': '\t',
  'w:cr': '\n',
  'w:noBreakHyphen': '-',
};

/** Word's private-use symbol characters (Wingdings …) have no meaning as text. */
function symbol(el: XmlElement): string {
  const code = Number.parseInt(el.attrs['w:char'] ?? '', 16);
  return Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff) ? String.fromCharCode(code) : '';
}

/** Hidden text (w:vanish) is neither shown nor printed. */
function isHidden(run: XmlElement): boolean {
  const vanish = child(child(run, 'w:rPr'), 'w:vanish');
  return vanish !== undefined && !['0', 'false', 'off'].includes(vanish.attrs['w:val'] ?? '');
}

/** The chosen branch of mc:AlternateContent: the first Choice, else the Fallback. */
function alternate(el: XmlElement): XmlElement | undefined {
  return child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
}

/** The text boxes in a drawing, one branch of each mc:AlternateContent (both hold the same box). */
function boxesIn(el: XmlElement): XmlElement[] {
  return elements(el).flatMap((c) => {
    if (c.name === 'w:txbxContent') return [c];
    if (c.name === 'mc:AlternateContent') {
      const branch = alternate(c);
      return branch ? boxesIn(branch) : [];
    }
    return boxesIn(c);
  });
}

function walk(el: XmlElement, out: RunText): void {
  for (const c of elements(el)) {
    if (SKIPPED.has(c.name)) continue;
    switch (c.name) {
      case 'w:r':
        if (!isHidden(c)) walk(c, out);
        break;
      case 'w:t':
      case 'm:t':
        out.text += c.children.filter((t) => typeof t === 'string').join('');
        break;
      case 'w:br':
        // Page and column breaks move text, they do not break the line of text.
        if ((c.attrs['w:type'] ?? 'textWrapping') === 'textWrapping') out.text += '\n';
        break;
      case 'w:sym':
        out.text += symbol(c);
        break;
      case 'mc:AlternateContent': {
        const branch = alternate(c);
        if (branch) walk(branch, out);
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        out.boxes.push(...boxesIn(c));
        break;
      default:
        if (c.name in CHARACTERS) out.text += CHARACTERS[c.name];
        else walk(c, out);
    }
  }
}

/** The text of a paragraph (or any run container) and the text boxes inside it. */
export function readRuns(el: XmlElement): RunText {
  const out: RunText = { text: '', boxes: [] };
  walk(el, out);
  return out;
}
