// The roster (名单): the agencies expected to report. Received reports are matched to it by name,
// and names are typed by hand in many places, so matching tolerates width and spacing; anything
// looser is only offered, never merged, because two agencies of one area differ by a word.

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;

/** Agency name normalised for matching: trimmed, full-width → half-width, inner spaces removed. */
export function normalizeAgency(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.codePointAt(0) ?? 0;
    if (/\s/u.test(ch)) continue;
    out +=
      code >= FULL_WIDTH_START && code <= FULL_WIDTH_END
        ? String.fromCodePoint(code - FULL_TO_HALF)
        : ch;
  }
  return out;
}

/** Length of the longest common subsequence of two strings (names are short: O(n·m) is fine). */
function commonLength(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const next = [0];
    b.forEach((cb, j) =>
      next.push(ca === cb ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0)),
    );
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * How alike two normalised names are, 0 to 1, or 0 when neither could be a short form of the
 * other. Chinese short names keep the full name's characters in order (科技局 ← 科学技术局,
 * 发改局 ← 发展和改革局), so only a name that is a subsequence of the other is a near miss:
 * 平湖市财政局 and 平湖市科技局 share 平湖市…局 but neither is a short form of the other.
 */
export function nearMissScore(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  const shorter = Math.min(ca.length, cb.length);
  if (shorter < 2 || a === b) return 0;
  const common = commonLength(ca, cb);
  if (common < shorter) return 0;
  return (2 * common) / (ca.length + cb.length);
}

/** Roster names matched to received agencies: exact (after normalising), near misses offered (never merged), and missing ones. */
export function matchRoster(
  roster: readonly string[],
  agencies: readonly string[],
): {
  matched: { name: string; agency: string }[];
  nearMisses: { name: string; candidate: string; score: number }[];
  missing: string[];
  unexpected: string[];
} {
  const byKey = new Map<string, string>();
  for (const agency of agencies)
    if (!byKey.has(normalizeAgency(agency))) byKey.set(normalizeAgency(agency), agency);
  const matched: { name: string; agency: string }[] = [];
  const missing: string[] = [];
  const taken = new Set<string>();
  for (const name of roster) {
    const key = normalizeAgency(name);
    const agency = byKey.get(key);
    if (agency === undefined) missing.push(name);
    else {
      matched.push({ name, agency });
      taken.add(key);
    }
  }
  const unexpected = [...byKey].filter(([key]) => !taken.has(key)).map(([, agency]) => agency);
  const nearMisses = missing.flatMap((name) =>
    unexpected
      .map((candidate) => ({
        name,
        candidate,
        score: nearMissScore(normalizeAgency(name), normalizeAgency(candidate)),
      }))
      .filter((m) => m.score > 0)
      .sort((x, y) => y.score - x.score),
  );
  return { matched, nearMisses, missing, unexpected };
}

// Numbering in front of a pasted name: 1. 1、 1) (1) （1） ① 一、 and a spreadsheet's 序号 column.
const NUMBERING =
  /^(?:[(（]?\s*(?:\d+|[一二三四五六七八九十百]+)\s*[)）]|(?:\d+|[一二三四五六七八九十百]+)\s*[.．、,，:：)）]|\d+\s+|[\u2460-\u2473\u2776-\u277f])\s*/u;
const HEADER = new Set([
  '序号',
  '单位',
  '单位名称',
  '机关',
  '机关名称',
  '部门',
  '部门名称',
  '名单',
  '名称',
]);

function rosterName(line: string): string | null {
  const cells = line.split('\t').map((c) => c.trim());
  for (const cell of cells) {
    if (cell === '' || /^\d+[.．、]?$/.test(cell)) continue;
    const name = cell.replace(NUMBERING, '').trim();
    if (name !== '' && !HEADER.has(name)) return name;
    if (HEADER.has(name)) return null;
  }
  return null;
}

/** Roster lines parsed from pasted text (one per line; blanks, numbering and duplicates dropped). */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const name = rosterName(line);
    if (name === null || seen.has(normalizeAgency(name))) continue;
    seen.add(normalizeAgency(name));
    out.push(name);
  }
  return out;
}
