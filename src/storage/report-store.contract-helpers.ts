import { gov2021 } from '../domain/template/gov-2021';
import { createEmptyReport, setAtPath, type ReportDocument } from '../domain/report/document';
import { StoreError } from './errors';
import type { ReportStore, StoreEnv } from './report-store';

// Helpers of the ReportStore contract suite.

/** How a test gets a fresh, empty store; `rows` seeds raw stored rows (damaged ones, say). */
export type MakeStore = (env: StoreEnv & { rows?: readonly unknown[] }) => Promise<ReportStore>;

/**
 * A clock that moves one second per reading, and ids counting up. Stores may read the clock for
 * their own bookkeeping, so tests compare with `last()` (the latest reading), not a tick count.
 */
export function testEnv(prefix = 'id'): StoreEnv & { last: () => string } {
  let tick = 0;
  let ids = 0;
  const at = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
  return {
    now: () => at(++tick),
    last: () => at(tick),
    newId: () => `${prefix}-${++ids}`,
    autoSnapshotLimit: 3,
  };
}

/** An empty 2021 report of `agency`. */
export const doc = (agency = '平湖市科技局', year = 2021): ReportDocument =>
  createEmptyReport(gov2021, { agency, year });
/** The document with 行政许可 set to `n`. */
export const withLicensing = (d: ReportDocument, n: number) =>
  setAtPath(d, 'proactive.licensing', n);

/** The StoreError a promise rejects with. */
export async function refusal(p: Promise<unknown>): Promise<StoreError> {
  const e: unknown = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(e)}`);
  return e;
}

/** The record of a report that must load. */
export async function loaded(store: ReportStore, id: string) {
  const r = await store.load(id);
  if (!r?.ok) throw new Error(`cannot load ${id}`);
  return r.record;
}
