import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDexieStore } from './dexie-store';
import { createLazyStore } from './lazy-store';
import { readLiveList, type ListRead } from './live-list';
import { doc, testEnv } from './report-store.contract-helpers';
import type { ReportStore } from './report-store';

// The drafts list follows writes made elsewhere: another connection to the same database (as
// another tab has) creates, renames and deletes, and the live list reads again by itself.

let n = 0;
const stores: ReportStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

function twoConnections() {
  const name = `nianbao-live-${++n}-${Math.random()}`;
  const env = testEnv();
  const mine = createLazyStore(async () => createDexieStore({ ...env, name }));
  const other = createDexieStore({ ...env, name });
  stores.push(mine, other);
  return { mine, other };
}

/** Subscribes to the live list; `until(test)` resolves with the latest read that passes `test`. */
function watch(store: ReportStore) {
  let latest: ListRead | undefined;
  const waiters: { test: (r: ListRead) => boolean; resolve: (r: ListRead) => void }[] = [];
  const sub = liveQuery(() => readLiveList(store)).subscribe((r) => {
    latest = r;
    waiters.filter((w) => w.test(r)).forEach((w) => w.resolve(r));
  });
  const until = (test: (r: ListRead) => boolean) =>
    new Promise<ListRead>((resolve) => {
      if (latest && test(latest)) resolve(latest);
      else waiters.push({ test, resolve });
    });
  return { until, stop: () => sub.unsubscribe() };
}

/** Each report as [title, in the 回收站]. */
const rows = (r: ListRead) =>
  r.ok ? r.items.map((i) => [i.title, i.deletedAt !== null]) : [r.message];
const shows =
  (...expected: unknown[]) =>
  (r: ListRead) =>
    JSON.stringify(rows(r)) === JSON.stringify(expected);

describe('the live list of reports', () => {
  it('reads again when another connection creates, renames or deletes a report', async () => {
    const { mine, other } = twoConnections();
    const live = watch(mine);
    await live.until(shows());
    const created = await other.create({ document: doc('甲局') });
    await live.until(shows(['甲局2021年度政府信息公开工作年度报告', false]));
    const renamed = { ...created.document, meta: { ...created.document.meta, title: '新标题' } };
    await other.save(created.id, renamed, created.rev);
    await live.until(shows(['新标题', false]));
    await other.remove(created.id);
    await live.until(shows(['新标题', true]));
    live.stop();
  });

  it('says in Chinese why the list cannot be read when the store cannot be opened', async () => {
    const broken = createLazyStore(async () => {
      throw Object.assign(new Error('blocked'), { name: 'InvalidStateError' });
    });
    const read = await readLiveList(broken);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
