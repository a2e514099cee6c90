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

// Under the 落款 the printed copy (html-export.ts) has lines for handwritten signatures and a
// recorded approval, and a blank 成文日期 (年　月　日) left to be filled in by hand. None of them is
// report text, so an import of the printed copy drops them.
const SIGN_OFF = /^(填报人|审核人|分管负责人)\s*[:：]/;
const BLANK_DATE = /^年\s*月\s*日$/;

/** Drops trailing blank lines and sign-off lines. */
function dropSignOff(rest: string[]): void {
  let last = rest[rest.length - 1];
  while (last !== undefined && (last.trim() === '' || SIGN_OFF.test(last.trim()))) {
    rest.pop();
    last = rest[rest.length - 1];
  }
}

const compact = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');

/**
 * Drops the 署名 above a date: the short line right above it that is not a sentence, or, past
 * blank lines (the printed copy's blocks), a line equal to the agency.
 */
function dropOrgAbove(rest: string[], agency: string): void {
  const above = rest[rest.length - 1] ?? '';
  if (above !== '') {
    if (above.length <= 40 && !/[。；，]/.test(above)) rest.pop();
    return;
  }
  let i = rest.length - 1;
  while (i >= 0 && (rest[i] ?? '').trim() === '') i--;
  if (agency !== '' && i >= 0 && compact(rest[i]) === compact(agency)) rest.length = i;
}

/** The date of a line `2022 年 1 月 20 日` as `2022-01-20`, or null. */
function readDate(line: string): string | null {
  const m = DATE.exec(line);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31)
    return null;
  const pad2 = (s: string | undefined): string => (s ?? '').padStart(2, '0');
  return `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
}

/**
 * Strips the signature (署名 and 成文日期) from the end of the last section's lines: a date line
 * (or a blank 年　月　日), with the short line right above it; or, without a date, a last line equal
 * to the agency. Sign-off lines below the date go too.
 */
export function takeSignature(texts: readonly string[], agency: string): Signature {
  const rest = [...texts];
  dropSignOff(rest);
  const last = (rest[rest.length - 1] ?? '').trim();
  const publishedOn = readDate(last);
  if (publishedOn === null && !BLANK_DATE.test(last)) {
    if (agency !== '' && rest.length > 0 && compact(rest[rest.length - 1]) === compact(agency))
      rest.pop();
    return { publishedOn: null, rest };
  }
  rest.pop();
  dropOrgAbove(rest, agency);
  return { publishedOn, rest };
}
