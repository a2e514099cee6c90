import type { ReportRecord } from './record';

// Equality of report versions across devices and files. JSON key order is not reliable (a file
// may have been re-saved by another tool), so values are serialised with sorted keys first.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json | undefined {
  if (value === null || typeof value !== 'object') {
    // Like JSON.stringify: functions and undefined vanish, non-finite numbers become null.
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    return typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
  }
  if (Array.isArray(value)) return value.map((v) => sortKeys(v) ?? null);
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    const v = sortKeys((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** JSON text of a value with object keys sorted, so equal values give equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value) ?? null);
}

/** A 53-bit hash of a string as 14 hex digits (cyrb53): detects damage, not tampering. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/**
 * Identifies one version of a report: its document, status, acknowledgements and updatedAt.
 * rev, 回收站 state, problem counts, review data, origin and consolidation are left out on purpose: they change locally (an import
 * bumps rev, moving to the 回收站 is not an edit) without making it another version.
 */
export function contentKey(
  record: Omit<ReportRecord, 'document' | 'review' | 'consolidation' | 'origin'> & {
    document: unknown;
  },
): string {
  const { document, status, acknowledgements, updatedAt } = record;
  return hashString(stableStringify({ document, status, acknowledgements, updatedAt }));
}
