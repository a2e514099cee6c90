import type { TemplateDef } from '../template/types';
import { listNarratives } from '../template/cells';
import { getNarrative, type ReportDocument } from '../report/document';
import { computeTotals, valueOf, type Totals } from '../compute/totals';
import type { Violation } from './types';
import { formatNumber, formatSum, narrativeName, shortLabel, tableName } from './format';
import { findClaims, type Claim, type ClaimKind } from './narrative-claims';
import { memoByTemplate } from '../template/memo';
import {
  allBlank,
  appealGroups,
  appealParts,
  appealTotalPath,
  balanceItems,
  sectionKeyOf,
  table3Parts,
  table3Path,
} from './structure';

// Rule `narrativeNumber` (warning). The narrative of 一、总体情况 usually restates the key figures of
// tables 3 and 4 (「全年收到政府信息公开申请 34 件，上年结转 2 件」); when the text and the tables
// disagree, one of them is wrong in a published, audited report. Real reports state 「受理…N件」
// both as 一、本年新收 and as 一 + 二 (沭阳县 2025: 受理 749 件 = 713 + 36), so either reading is
// accepted. The claims are read conservatively (see narrative-claims.ts): no false alarms.

/** A table cell a stated figure is compared with. */
type Term = { readonly path: string; readonly label: string; readonly parts: readonly string[] };

/** What a claim may equal: any one of the readings (each a sum of terms). */
type Expectation = { readonly table: string; readonly readings: readonly (readonly Term[])[] };

const expectations = memoByTemplate((t: TemplateDef): Record<ClaimKind, Expectation> => {
  const items = balanceItems(t);
  const total = t.table3.total;
  const row = (r: { key: string; label: string }): Term => ({
    path: table3Path(t, r.key, total.key),
    label: `「${shortLabel(r.label)}」${total.label}`,
    parts: table3Parts(t, r.key, total.key),
  });
  const { reconsideration, litigation } = appealGroups(t);
  const group = (g: typeof reconsideration): Term => ({
    path: appealTotalPath(t, g),
    label: `「${g.label}」${t.table4.total.label}`,
    parts: appealParts(t, g),
  });
  const t3 = tableName(t, sectionKeyOf(t, 'table3'));
  const t4 = tableName(t, sectionKeyOf(t, 'table4'));
  return {
    received: {
      table: t3,
      readings: [[row(items.received)], [row(items.received), row(items.carriedOver)]],
    },
    carriedOver: { table: t3, readings: [[row(items.carriedOver)]] },
    carriedForward: { table: t3, readings: [[row(items.carriedForward)]] },
    reconsideration: { table: t4, readings: [[group(reconsideration)]] },
    litigation: { table: t4, readings: [litigation.map(group)] },
    appeals: { table: t4, readings: [[group(reconsideration), ...litigation.map(group)]] },
  };
});

/** Claims by narrative text, per template. */
const claimCache = memoByTemplate(() => new Map<string, readonly Claim[]>());

/**
 * The claims of a text. Cached because the editor re-checks on every keystroke while the other
 * narratives stay as they were, and reading claims (many patterns per clause) is this rule's cost.
 */
function claimsOf(t: TemplateDef, text: string): readonly Claim[] {
  const cache = claimCache(t);
  const hit = cache.get(text);
  if (hit) return hit;
  const { reconsideration, litigationLabel } = appealGroups(t);
  const claims = findClaims(text, {
    reconsideration: reconsideration.label,
    litigation: litigationLabel,
  });
  // Typing leaves one entry per keystroke behind: keep the cache small.
  if (cache.size >= 64) cache.clear();
  cache.set(text, claims);
  return claims;
}

/** Compares a claim with the tables: null when it agrees (or the tables are still blank). */
function compare(
  doc: ReportDocument,
  totals: Totals,
  claim: Claim,
  expected: Expectation,
): { fields: string[]; shown: string } | null {
  const main = expected.readings[0] ?? [];
  // Tables not filled in yet: nothing to contradict (rule `required` reports the blanks).
  if (
    allBlank(
      doc,
      main.flatMap((term) => term.parts),
    )
  )
    return null;
  const valued = expected.readings.map((reading) =>
    reading.map((term) => ({ ...term, value: valueOf(doc, totals, term.path) })),
  );
  const sum = (r: readonly { value: number }[]) => r.reduce((s, x) => s + x.value, 0);
  if (valued.some((reading) => sum(reading) === claim.stated)) return null;
  const fields = [...new Set(expected.readings.flat().map((term) => term.path))];
  return { fields, shown: valued.map((reading) => formatSum(reading)).join('；') };
}

/** `narrativeNumber` violations: figures stated in any narrative that contradict tables 3 and 4. */
export function checkNarrativeNumbers(
  t: TemplateDef,
  doc: ReportDocument,
  totals: Totals = computeTotals(t, doc),
): Violation[] {
  const expected = expectations(t);
  return listNarratives(t).flatMap((narrative) => {
    const section = t.sections.find((s) => s.narratives.includes(narrative))?.key ?? '';
    const claims = claimsOf(t, getNarrative(doc, narrative.path));
    return claims.flatMap((claim): Violation[] => {
      const exp = expected[claim.kind];
      const diff = compare(doc, totals, claim, exp);
      if (!diff) return [];
      const several = exp.readings.length > 1 ? '都' : '';
      return [
        {
          rule: 'narrativeNumber',
          severity: 'warning',
          fields: [narrative.path, ...diff.fields],
          section,
          message:
            `${narrativeName(t, narrative.path)}写“${claim.quote}”，与${exp.table}不符：` +
            `${diff.shown}，${several}不是 ${formatNumber(claim.stated)}`,
        },
      ];
    });
  });
}

/** The input cells and narratives `checkNarrativeNumbers` reads (for incremental checking). */
export function narrativeNumberInputs(t: TemplateDef): string[] {
  const terms = Object.values(expectations(t)).flatMap((e) => e.readings.flat());
  return [...listNarratives(t).map((n) => n.path), ...new Set(terms.flatMap((term) => term.parts))];
}
