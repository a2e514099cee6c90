/**
 * Largest file an import reads. Real reports are 5–50 KB as text and under 1 MB as a saved
 * web page; a larger file is refused before it is parsed, so a wrong file cannot freeze the page.
 */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

/** The refusal for a file over the limit, or null. */
export function checkImportSize(content: string): string | null {
  if (content.length <= MAX_IMPORT_CHARS) return null;
  const mb = (content.length / 1024 / 1024).toFixed(1);
  return `文件太大（约 ${mb} MB），年度报告不会超过 5 MB，未导入任何内容。请确认选择的是年度报告文件。`;
}

/** True when the content is binary (an image, a zip, a Word file) rather than text. */
export function looksBinary(content: string): boolean {
  const head = content.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  // Control characters other than tab/newline, or U+FFFD from bytes that were not UTF-8.
  const odd = head.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return head.length > 0 && odd / head.length > 0.02;
}
