import { defaultTitle, type ReportMeta } from '../../domain/report/document';
import type { ImportIssue } from '../import-result';
import type { Line } from './lines';

// Agency and year come from the title ("平湖市科技局 2021 年度…", "2024年上海市科委…",
// "淮安市洪泽区人民政府2024年…"); the 成文日期 and the signature from the end of the text.

/** What the title gave: the meta fields and anything that could not be read. */
export type TitleMeta = { readonly meta: ReportMeta; readonly issues: ImportIssue[] };

const YEAR = /((?:19|20)\d{2})年度?/;
const SUBJECT = /(政府信息公开|政务公开|信息公开).*$/;

// The title is the last report-like line before section 一 (web pages put navigation first).
function pickTitle(preamble: readonly Line[]): string {
  const texts = preamble.map((l) => l.text).filter((s) => s !== '');
  const titles = texts.filter((s) => /报告/.test(s) && YEAR.test(s.replace(/\s+/g, '')));
  return titles[titles.length - 1] ?? texts[texts.length - 1] ?? '';
}

function yearFrom(compact: string, fallback: string): number | null {
  const m = YEAR.exec(compact) ?? YEAR.exec(fallback.replace(/\s+/g, ''));
  return m?.[1] ? Number(m[1]) : null;
}

/** Reads agency, year and title from the lines before section 一 (`body`: for a fallback year). */
export function readTitle(preamble: readonly Line[], body: string): TitleMeta {
  const title = pickTitle(preamble).replace(/\s+/g, ' ').trim();
  const compact = title.replace(/\s+/g, '');
  const m = YEAR.exec(compact);
  const agency = m
    ? compact.slice(0, m.index) || compact.slice(m.index + m[0].length).replace(SUBJECT, '')
    : compact.replace(SUBJECT, '');
  const year = yearFrom(compact, body);
  const issues: ImportIssue[] = [];
  if (agency === '') {
    issues.push({
      rule: 'unreadable',
      fields: ['meta.agency'],
      message: `未能从标题“${title}”读出机关名称，请补填。`,
    });
  }
  if (year === null) {
    issues.push({
      rule: 'unreadable',
      fields: ['meta.year'],
      message: `未能从标题“${title}”读出报告年度，请补填。`,
    });
  }
  const y = year ?? 0;
  const isDefault = title === '' || compact === defaultTitle(agency, y);
  return { meta: { agency, year: y, title: isDefault ? null : title, publishedOn: null }, issues };
}

const DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** A signature found at the end of the last section, and the lines left for its narrative. */
export type Signature = { readonly publishedOn: string | null; readonly rest: readonly string[] };

/**
 * Strips the signature (署名 and 成文日期) from the end of the last section's lines: a date line,
 * with the short line right above it; or, without a date, a last line equal to the agency.
 */
export function takeSignature(texts: readonly string[], agency: string): Signature {
  const rest = [...texts];
  while (rest.length > 0 && rest[rest.length - 1] === '') rest.pop();
  const found = DATE.exec(rest[rest.length - 1] ?? '');
  const valid = found && Number(found[2]) >= 1 && Number(found[2]) <= 12 && Number(found[3]) >= 1;
  const m = valid && Number(found[3]) <= 31 ? found : null;
  const compact = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');
  if (!m) {
    if (agency !== '' && rest.length > 0 && compact(rest[rest.length - 1]) === compact(agency))
      rest.pop();
    return { publishedOn: null, rest };
  }
  rest.pop();
  const above = rest[rest.length - 1] ?? '';
  if (above !== '' && above.length <= 40 && !/[。；，]/.test(above)) rest.pop();
  const pad2 = (s: string | undefined): string => (s ?? '').padStart(2, '0');
  return { publishedOn: `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`, rest };
}
