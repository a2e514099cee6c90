// Published reports and hand-typed fields often use full-width digits (２０２４, ２１ 件): every
// reader of figures and years turns them into ASCII digits the same way, here.

/** `text` with full-width digits ０–９ replaced by 0–9; nothing else changes. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
