import type { Consolidation } from '../domain/consolidate/types';

// The `consolidation` key of a 汇总's JSON file as text (reading it back, with its zod schema,
// is consolidation-json.ts): apart, so that writing a file does not load the schema.

/** The `consolidation` key as JSON text: one line per source and per cell, so large 汇总 stay small. */
export function formatConsolidation(c: Consolidation, indent: string): string {
  const inner = `${indent}  `;
  const list = (lines: readonly string[]) =>
    lines.length === 0 ? '' : `\n${lines.map((l) => `${inner}  ${l}`).join(',\n')}\n${inner}`;
  const index = new Map(c.sources.map((s, i) => [s.agency, i]));
  const sources = c.sources.map((s) => JSON.stringify(s));
  const cells = Object.entries(c.contributions).map(([path, values]) => {
    const pairs = values.map(({ agency, value }) => [index.get(agency) ?? -1, value]);
    return `${JSON.stringify(path)}: ${JSON.stringify(pairs)}`;
  });
  return [
    '{',
    `${inner}"sources": [${list(sources)}],`,
    `${inner}"contributions": {${list(cells)}},`,
    `${inner}"includedWithErrors": ${JSON.stringify(c.includedWithErrors)}`,
    `${indent}}`,
  ].join('\n');
}
