import type { ConsolidationInput, ConsolidationRefusal } from './types';
import { normalizeAgency } from '../workspace/roster';

// Why a set of reports cannot be summed. A 汇总 is the 本级政府's statistics: one year, each
// agency counted once. A source that is itself a 汇总 counts all the agencies it sums, so a
// department selected directly and again inside its district's 汇总 would be counted twice.

/** One agency counted by an input: directly (`via` null) or inside the 汇总 named by `via`. */
type Counted = { readonly agency: string; readonly via: string | null };

/** Every agency an input counts: its own, then (for a 汇总) every agency inside it, each once. */
function countedBy(input: ConsolidationInput): Counted[] {
  const own = input.document.meta.agency;
  const inside = (input.consolidation?.sources ?? []).flatMap((s) => [
    s.agency,
    ...(s.consolidatedAgencies ?? []),
  ]);
  const seen = new Set([normalizeAgency(own)]);
  const out: Counted[] = [{ agency: own, via: null }];
  for (const agency of inside) {
    const key = normalizeAgency(agency);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ agency, via: own });
  }
  return out;
}

/** An agency as messages name it; a report without one is still named. */
export function agencyName(agency: string): string {
  return `「${agency.trim() || '（未署机关）'}」`;
}

function joinNames(names: readonly string[]): string {
  return names.map(agencyName).join('、');
}

function yearRefusals(
  inputs: readonly ConsolidationInput[],
  year: number | undefined,
): ConsolidationRefusal[] {
  const byYear = new Map<number, string[]>();
  for (const { document } of inputs) {
    const list = byYear.get(document.meta.year) ?? [];
    list.push(document.meta.agency);
    byYear.set(document.meta.year, list);
  }
  if (year !== undefined) {
    const others = inputs.filter((i) => i.document.meta.year !== year).map((i) => i.document);
    if (others.length === 0) return [];
    const named = others.map((d) => `${agencyName(d.meta.agency)}（${d.meta.year} 年）`).join('、');
    const message = `汇总年度为 ${year} 年，以下报告不是该年度的：${named}。汇总只能合计同一年度的报告。`;
    return [{ code: 'year', message, agencies: others.map((d) => d.meta.agency) }];
  }
  if (byYear.size <= 1) return [];
  const parts = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([y, names]) => `${y} 年：${joinNames(names)}`);
  return [
    {
      code: 'year',
      message: `所选报告的年度不一致（${parts.join('；')}）。汇总只能合计同一年度的报告，请只选择同一年度的报告。`,
      agencies: inputs.map((i) => i.document.meta.agency),
    },
  ];
}

function countRefusal(counted: readonly Counted[]): ConsolidationRefusal {
  const name = counted[0]?.agency ?? '';
  const agencies = [...new Set(counted.map((c) => c.agency))];
  const direct = counted.filter((c) => c.via === null).length;
  const vias = counted.flatMap((c) => (c.via === null ? [] : [c.via]));
  if (vias.length === 0) {
    const message = `${agencyName(name)}被选入 ${direct} 次，同一机关只能计入一次。请只保留其中一份报告。`;
    return { code: 'duplicate', message, agencies };
  }
  const places = [
    ...(direct > 0 ? [direct > 1 ? `被单独选入 ${direct} 次` : '被单独选入'] : []),
    ...vias.map((v) => `包含在汇总报告${agencyName(v)}中`),
  ];
  const message = `${agencyName(name)}${places.join('，又')}，会被重复计算。请从所选报告中去掉其中之一。`;
  return { code: 'double-count', message, agencies };
}

function countRefusals(inputs: readonly ConsolidationInput[]): ConsolidationRefusal[] {
  const byAgency = new Map<string, Counted[]>();
  for (const input of inputs) {
    for (const c of countedBy(input)) {
      const key = normalizeAgency(c.agency);
      const list = byAgency.get(key) ?? [];
      list.push(c);
      byAgency.set(key, list);
    }
  }
  return [...byAgency.values()].filter((list) => list.length > 1).map(countRefusal);
}

/** Every reason the inputs cannot be summed; empty when they can. */
export function findRefusals(
  inputs: readonly ConsolidationInput[],
  year: number | undefined,
): ConsolidationRefusal[] {
  if (inputs.length === 0) {
    return [{ code: 'empty', message: '没有选择要汇总的报告。请至少选择一份报告。', agencies: [] }];
  }
  return [...yearRefusals(inputs, year), ...countRefusals(inputs)];
}

/** The agencies a 汇总 input sums, flattened through nested 汇总 (for its source entry). */
export function consolidatedAgenciesOf(input: ConsolidationInput): string[] | undefined {
  if (!input.consolidation) return undefined;
  return countedBy(input)
    .filter((c) => c.via !== null)
    .map((c) => c.agency);
}
