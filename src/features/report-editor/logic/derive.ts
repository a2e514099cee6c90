import type { Totals, Violation } from '@/domain';

/** What a cell shows about the problems it takes part in. */
export type CellFlag = {
  readonly severity: 'error' | 'warning';
  readonly messages: readonly string[];
};

/** Acknowledged warnings: violation key → the reason given. */
export type Acknowledgements = ReadonlyMap<string, string>;

/** Rules whose warnings do not mark cells (a blank cell is visible as blank). */
const UNMARKED_WARNINGS = new Set(['required']);

/** A stable identity for a problem: its rule and its cells (the message changes with the numbers). */
export function violationKey(v: Violation): string {
  return `${v.rule}:${v.section}:${v.fields.join(',')}`;
}

/** Flag key of a table column (for rules such as `balance` that concern a whole column). */
export function columnKey(path: string): string {
  const parts = path.split('.');
  return `column:${parts[0] ?? ''}.${parts[parts.length - 1] ?? ''}`;
}

function marks(v: Violation, acks: Acknowledgements): boolean {
  if (v.severity === 'error') return true;
  return !UNMARKED_WARNINGS.has(v.rule) && !acks.has(violationKey(v));
}

function addFlag(out: Map<string, CellFlag>, key: string, v: Violation): void {
  const old = out.get(key);
  const severity = old?.severity === 'error' || v.severity === 'error' ? 'error' : 'warning';
  const messages = old ? [...old.messages, v.message] : [v.message];
  out.set(key, { severity, messages });
}

function sameFlag(a: CellFlag | undefined, b: CellFlag | undefined): boolean {
  if (!a || !b) return a === b;
  return a.severity === b.severity && a.messages.join('\n') === b.messages.join('\n');
}

/**
 * Flags by cell path (and by `column:` key for balance errors). Flags equal to the previous ones
 * keep their identity, so a cell whose flag did not change is not re-rendered.
 */
export function buildFlags(
  violations: readonly Violation[],
  acks: Acknowledgements,
  previous: ReadonlyMap<string, CellFlag>,
): Map<string, CellFlag> {
  const out = new Map<string, CellFlag>();
  for (const v of violations) {
    if (!marks(v, acks)) continue;
    for (const f of v.fields) addFlag(out, f, v);
    if (v.rule === 'balance' && v.fields[0]) addFlag(out, columnKey(v.fields[0]), v);
  }
  for (const [key, flag] of out) {
    const old = previous.get(key);
    if (old && sameFlag(old, flag)) out.set(key, old);
  }
  return out;
}

/** Keys whose flag differs between two flag maps. */
export function changedFlags(
  a: ReadonlyMap<string, CellFlag>,
  b: ReadonlyMap<string, CellFlag>,
): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k));
}

/** Computed paths whose total differs. */
export function changedTotals(a: Totals, b: Totals): string[] {
  return Object.keys(b).filter((k) => a[k] !== b[k]);
}

/** Keeps the previous violation objects that did not change, so memoised entries do not re-render. */
export function reuseViolations(
  next: readonly Violation[],
  previous: readonly Violation[],
): { list: readonly Violation[]; changed: boolean } {
  const old = new Map(previous.map((v) => [`${violationKey(v)}|${v.severity}|${v.message}`, v]));
  const list = next.map((v) => old.get(`${violationKey(v)}|${v.severity}|${v.message}`) ?? v);
  const changed = list.length !== previous.length || list.some((v, i) => v !== previous[i]);
  return { list: changed ? list : previous, changed };
}
