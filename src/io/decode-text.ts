// Decoding the bytes of a text report, shared by the browser (picked or dropped files) and the
// command line: both meet the same files.
// Reports come as UTF-8 (our exports, most new sites), as GBK / GB18030 (many Chinese government
// pages and older Windows text files), or rarely as UTF-16 with a byte-order mark.

const countReplacements = (s: string): number => s.split('\uFFFD').length - 1;

// A GBK file read as UTF-8 turns nearly every Chinese character into U+FFFD; a UTF-8 file with a
// stray bad byte has one or two. GB18030 decodes almost any bytes without U+FFFD, so it cannot be
// tried blindly: it is used when the page declares it, or when UTF-8 fails on more than 0.5%.
const GB_SHARE = 0.005;
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset a saved web page declares in its first 2 KB, lower-case, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return DECLARED.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a file's bytes: a UTF-16 byte-order mark wins; valid UTF-8 (its BOM dropped) next;
 * else GB18030 (a superset of GBK and GB2312) when the page declares a GB charset or UTF-8 fails
 * often. Binary files (NUL bytes) stay UTF-8, so the importer sees them as binary and refuses them.
 */
export function decodeReportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const bad = countReplacements(utf8);
  if (bad === 0 || bytes.includes(0)) return utf8;
  const declared = declaredCharset(bytes);
  const isGb = declared !== null && /^(gb|cp936|x-gbk)/.test(declared);
  if (!isGb && (declared === 'utf-8' || bad <= utf8.length * GB_SHARE)) return utf8;
  return new TextDecoder('gb18030').decode(bytes);
}
