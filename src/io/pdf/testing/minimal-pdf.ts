// Hand-written PDFs for tests: one page of text, either Latin in a standard font, or Chinese in
// a font that is not embedded (STSong-Light, UniGB-UCS2-H: a reader needs the CJK cmaps to read
// it, as for PDFs that rely on the reader's fonts); optionally with an /Encrypt dictionary whose
// check fails for the empty user password, so a reader must ask for one.

/** Options of the minimal PDF. */
export type MinimalPdfOptions = {
  /** Latin-1 text in Helvetica. */
  readonly text?: string;
  /** Chinese text in STSong-Light (not embedded); used instead of `text`. */
  readonly chinese?: string;
  readonly encrypted?: boolean;
};

const hex32 = (seed: number): string =>
  Array.from({ length: 32 }, (_, i) =>
    ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0'),
  ).join('');

const LATIN_FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const CHINESE_FONT =
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H ' +
  '/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ' +
  '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 ' +
  '/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 ' +
  '/StemV 93 >> /DW 1000 >>] >>';

function showText(options: MinimalPdfOptions): string {
  if (options.chinese !== undefined) {
    const ucs2 = [...options.chinese]
      .map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0'))
      .join('');
    return `<${ucs2}>`;
  }
  return `(${(options.text ?? 'Hello').replace(/[()\\]/g, '\\$&')})`;
}

/** A one-page PDF as bytes. */
export function minimalPdf(options: MinimalPdfOptions = {}): Uint8Array {
  const content = `BT /F1 12 Tf 72 720 Td ${showText(options)} Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    options.chinese === undefined ? LATIN_FONT : CHINESE_FONT,
  ];
  if (options.encrypted) {
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex32(1)}> /U <${hex32(2)}> /P -44 >>`);
  }
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const encrypt = options.encrypted
    ? ` /Encrypt ${objects.length} 0 R /ID [<${hex32(3)}> <${hex32(3)}>]`
    : '';
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
