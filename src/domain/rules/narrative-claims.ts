import { halfWidthDigits } from '../values/half-width';

// Finds the figures a narrative states about 政府信息公开 applications and appeals, for rule
// `narrativeNumber`. The rule must never raise a false alarm, so a statement is only read when it
// is unambiguous: one clause, a keyword, then the first number after it followed by 件, with
// nothing in between that makes it a part (其中, 网上), a change (同比增加) or another count (办结,
// 纠错). Numbers about other things — 条, 办结, 自然人申请 741 件, percentages, 网络问政182件 —
// never match. When two readings claim the same number, neither is used.

/** What a stated figure is about. */
export type ClaimKind =
  'received' | 'carriedOver' | 'carriedForward' | 'reconsideration' | 'litigation' | 'appeals';

/** A figure stated in a narrative: its kind, the number and the words that state it. */
export type Claim = { readonly kind: ClaimKind; readonly stated: number; readonly quote: string };

/** The table-4 words as the template prints them (行政复议, 行政诉讼). */
export type ClaimVocabulary = { readonly reconsideration: string; readonly litigation: string };

type Pattern = {
  readonly kind: ClaimKind;
  readonly re: RegExp;
  /** The words between keyword and number must not contain these. */
  readonly exclude: RegExp;
  /** The words between keyword and number must contain each of these. */
  readonly requires?: readonly RegExp[];
  /** The clause before the match must not contain these. */
  readonly excludeBefore: RegExp;
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
// A part, a change, an estimate or a cumulative figure is not the table's total.
const NOT_A_TOTAL = '其中|同比|环比|比|较|增|减|上升|下降|占|累计|平均|约|近|超过|以上|以下|不足';
// Outcomes of appeals are single columns of table 4, not its 总计.
const OUTCOMES = '纠错|纠正|维持|败诉|胜诉|撤销|驳回|审结|结案|办结|尚未|率';
// Channels (网上, 信函…) are parts of what was received; 办结/答复/处理 count what was handled.
const CHANNELS = '网上|在线|当面|现场|信函|邮寄|传真|邮件|电话|平台';
const RECEIVED_NOT = `复议|诉讼|结转|转|办结|办理|答复|回复|处理|予以|不予|部分|无法|${CHANNELS}`;
// A closing bracket between keyword and number: the keyword sat in an aside, as in
// 「受理政府信息公开申请（含上年结转）749 件」, and the number is not about it.
const ASIDE = '）|\\)';
// Words before the keyword that make the figure someone else's: a part of the agency's
// applications (洪泽区 2024: 「区政府办代表区政府受理政府信息公开申请 17 件」 is one office's share
// of the table's 95), or an aggregate over other agencies (「全市各级行政机关共收到…」). 全区/全县
// alone are kept: 洪泽区 2023 and 沭阳县 2025 use them for exactly the table's figure.
const PART_OF_AGENCY = '代表|其中|各级|各部门|各单位|各地|各镇|各乡镇|各街道';
// An agency that 受理/收到 行政复议 applications is the reconsideration organ; table 4 counts the
// cases brought against the agency, so such figures are not comparable.
const AS_REVIEWER = '受理|收到|接收|接到';
const JOINERS = '[、和及与或]';

/** A regular expression matching any of the given alternatives. */
const anyOf = (...words: string[]) => new RegExp(words.join('|'));
/** Keyword, then words without digits, then the number and 件. */
const after = (keyword: string) =>
  new RegExp(`(?:${keyword})(?<gap>\\D*?)(?<n>${NUMBER})\\s*件`, 'dg');
/** 「1 件涉及政府信息公开工作的行政复议」: the number, 件, words ending in 的, then the keyword. */
const before = (keyword: string) =>
  new RegExp(`(?<![\\d.])(?<n>${NUMBER})\\s*件(?<gap>[^\\d]*?的)(?:${keyword})`, 'dg');

/** A number and 件: every pattern needs one, so a clause without it states no figure. */
const COUNTED = new RegExp(`(?:${NUMBER})\\s*件`);

const made = new Map<string, readonly Pattern[]>();

/** The patterns of a vocabulary, made once (compiling them costs more than matching them). */
function patternsOf(v: ClaimVocabulary): readonly Pattern[] {
  const key = `${v.reconsideration}|${v.litigation}`;
  let all = made.get(key);
  if (!all) made.set(key, (all = patterns(v)));
  return all;
}

function patterns(v: ClaimVocabulary): Pattern[] {
  const r = v.reconsideration;
  const l = v.litigation;
  const notR = `(?!${JOINERS}${l})`;
  const appeal = (kind: ClaimKind, re: RegExp, ...not: string[]): Pattern => ({
    kind,
    re,
    exclude: anyOf(NOT_A_TOTAL, OUTCOMES, ASIDE, ...not),
    excludeBefore: anyOf(PART_OF_AGENCY, AS_REVIEWER),
  });
  const carry = (kind: ClaimKind, re: RegExp, ...not: string[]): Pattern => ({
    kind,
    re,
    exclude: anyOf(NOT_A_TOTAL, ASIDE, '复议|诉讼|办结', ...not),
    excludeBefore: anyOf(PART_OF_AGENCY),
  });
  return [
    {
      kind: 'received',
      re: after('收到|受理|接收|接到'),
      exclude: anyOf(NOT_A_TOTAL, ASIDE, RECEIVED_NOT),
      requires: [/信息公开|依申请公开/, /申请/],
      excludeBefore: anyOf(PART_OF_AGENCY, CHANNELS),
    },
    carry('carriedOver', after('上一?年度?结转'), '下一?年'),
    carry('carriedForward', after('(?:结转|转入?)(?:至|到)?下一?年度?'), '上一?年'),
    appeal('appeals', after(`${r}${JOINERS}${l}`)),
    appeal('reconsideration', after(`${r}${notR}`), l),
    appeal('reconsideration', before(`${r}${notR}`), l, '申请'),
    appeal('litigation', after(`(?<!${r}${JOINERS})${l}`), r),
    appeal('litigation', before(l), r, '申请'),
  ];
}

type Found = Claim & { readonly at: number };

function matchClause(clause: string, pattern: Pattern): Found[] {
  return [...clause.matchAll(pattern.re)].flatMap((m): Found[] => {
    const gap = m.groups?.['gap'] ?? '';
    const n = m.groups?.['n'];
    const at = m.indices?.groups?.['n']?.[0];
    if (n === undefined || at === undefined) return [];
    if (pattern.exclude.test(gap)) return [];
    if (pattern.requires && !pattern.requires.every((re) => re.test(gap))) return [];
    if (pattern.excludeBefore.test(clause.slice(0, m.index))) return [];
    const quote = m[0].replace(/\s+/g, ' ').trim();
    return [{ kind: pattern.kind, stated: Number(n.replace(/,/g, '')), quote, at }];
  });
}

/** The claims of one clause; a number claimed by two different readings is ambiguous and dropped. */
function clauseClaims(clause: string, all: readonly Pattern[]): Claim[] {
  const found = all.flatMap((p) => matchClause(clause, p));
  const unique = found.filter((f) => !found.some((g) => g.at === f.at && g.kind !== f.kind));
  // Two patterns of the same kind may read the same number; keep it once.
  const first = unique.filter((f, i) => unique.findIndex((g) => g.at === f.at) === i);
  return first.map(({ kind, stated, quote }) => ({ kind, stated, quote }));
}

/** Normalises digits and spaces so that 「２１　件」 reads like 「21 件」. */
function normalise(text: string): string {
  return halfWidthDigits(text).replace(/[\u00a0\u3000]/g, ' ');
}

/** Splits text into clauses: sentences (。；;！？ and line breaks), then ，/, (not a thousands ,). */
export function splitClauses(text: string): string[] {
  return normalise(text)
    .split(/[。；;！？!?\r\n]+/)
    .flatMap((sentence) => sentence.split(/，|,(?!\d{3}(?!\d))/))
    .filter((clause) => clause.trim() !== '');
}

/** Every figure a narrative text states about applications and appeals, in text order. */
export function findClaims(text: string, vocabulary: ClaimVocabulary): Claim[] {
  const all = patternsOf(vocabulary);
  return splitClauses(text)
    .filter((clause) => COUNTED.test(clause))
    .flatMap((clause) => clauseClaims(clause, all));
}
