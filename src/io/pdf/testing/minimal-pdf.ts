// Hand-written PDFs for tests of what the importer refuses: one page of Latin text in a standard
// font, optionally with an /Encrypt dictionary whose password check fails for the empty user
// password (so a reader must ask for a password, as for any PDF with an open password).

/** Options of the minimal PDF. */
export type MinimalPdfOptions = { readonly text?: string; readonly encrypted?: boolean };

const hex32 = (seed: number): string =>
  Array.from({ length: 32 }, (_, i) =>
    ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0'),
  ).join('');

/** A one-page PDF (Latin-1 text only) as bytes. */
export function minimalPdf(options: MinimalPdfOptions = {}): Uint8Array {
  const text = (options.text ?? 'Hello').replace(/[()\\]/g, '\\$&');
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
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
