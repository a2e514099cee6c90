import { useEffect, useMemo, useState } from 'react';
import type { TemplateDef } from '@/domain';
import type { ReportSummary } from '@/storage/report-store';
import type { Comparisons } from './logic/rows';
import { comparePair, pairKey, yearPairs, type YearPair } from './logic/previous-year';

// The 与上年 column is worked out after the rows are on screen, a slice at a time between
// which the page stays responsive, so that a year of 500 agencies shows at once. Results are kept per pair of versions for the visit: a
// refresh after receiving a few files compares only what changed.

const SLICE = 60;
const known = new Map<string, ReturnType<typeof comparePair>>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fromCache(pairs: readonly YearPair[]): Map<string, ReturnType<typeof comparePair>> {
  const out = new Map<string, ReturnType<typeof comparePair>>();
  for (const p of pairs) {
    const key = pairKey(p);
    if (known.has(key)) out.set(p.current.id, known.get(key) ?? null);
  }
  return out;
}

/** 与上年 of every report of `year`, filled in after the first paint. */
export function useComparisons(
  t: TemplateDef,
  summaries: readonly ReportSummary[] | null,
  year: number,
): Comparisons {
  const pairs = useMemo(() => (summaries ? yearPairs(summaries, year) : []), [summaries, year]);
  const [worked, setWorked] = useState<{ pairs: YearPair[]; result: Comparisons } | null>(null);
  useEffect(() => {
    let live = true;
    const todo = pairs.filter((p) => !known.has(pairKey(p)));
    if (todo.length === 0) return;
    void (async () => {
      for (let i = 0; i < todo.length && live; i += SLICE) {
        await nextTask();
        for (const pair of todo.slice(i, i + SLICE)) known.set(pairKey(pair), comparePair(t, pair));
      }
      if (live) setWorked({ pairs, result: fromCache(pairs) });
    })();
    return () => {
      live = false;
    };
  }, [t, pairs]);
  // What is already known shows at once (a refresh after receiving a few files).
  return useMemo(
    () => (worked?.pairs === pairs ? worked.result : fromCache(pairs)),
    [worked, pairs],
  );
}
