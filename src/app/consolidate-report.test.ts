import { describe, expect, it } from 'vitest';
import { createEmptyReport, getCell, gov2021, setAtPath, type ReportDocument } from '@/domain';
import { createMemoryStore } from '@/storage/memory-store';
import type { ReportStore } from '@/storage/report-store';
import { rerunConsolidation, runConsolidation } from './consolidate-report';

// 生成汇总报告 and 重新汇总 on the memory store: what is stored, and that a refusal stores nothing.

function env() {
  let tick = 0;
  let ids = 0;
  return {
    now: () => new Date(Date.UTC(2025, 0, 20) + ++tick * 1000).toISOString(),
    newId: () => `r${++ids}`,
  };
}

/** A 2024 report of `agency` without errors: 行政许可, 收费, and requests received and granted. */
function report(agency: string, licensing: number, fee: number, received: number, year = 2024) {
  let d: ReportDocument = createEmptyReport(gov2021, { agency, year });
  d = setAtPath(d, 'proactive.licensing', licensing);
  d = setAtPath(d, 'proactive.feeAmount', fee);
  d = setAtPath(d, 'requests.newReceived.natural', received);
  return setAtPath(d, 'requests.granted.natural', received);
}

async function stored(store: ReportStore, document: ReportDocument): Promise<string> {
  return (await store.create({ document })).id;
}

async function load(store: ReportStore, id: string) {
  const r = await store.load(id);
  if (!r?.ok) throw new Error(`cannot load ${id}`);
  return r.record;
}

const request = (
  sourceIds: string[],
  extra: { replaceId?: string; allowErrors?: string[] } = {},
) => ({
  year: 2024,
  sourceIds,
  agency: '平湖市人民政府',
  allowErrors: extra.allowErrors ?? [],
  ...(extra.replaceId ? { replaceId: extra.replaceId } : {}),
});

describe('runConsolidation', () => {
  it('stores the sums as a new draft of the 本级政府, with its sources and a history entry', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0.1, 3));
    const b = await stored(store, report('平湖市教育局', 7, 0.2, 2));
    const outcome = await runConsolidation(store, gov2021, request([a, b]));
    if (!outcome.ok) throw new Error('refused');
    const record = await load(store, outcome.id);
    expect(record.status).toBe('draft');
    expect(record.document.meta).toMatchObject({ agency: '平湖市人民政府', year: 2024 });
    expect(getCell(record.document, 'proactive.licensing')).toBe(12);
    expect(getCell(record.document, 'proactive.feeAmount')).toBe(0.3);
    expect(getCell(record.document, 'requests.newReceived.natural')).toBe(5);
    expect(getCell(record.document, 'proactive.punishment')).toBeNull();
    expect(record.document.overview.proactive).toBe('');
    expect(record.consolidation?.sources.map((s) => s.key)).toEqual([a, b]);
    expect(record.consolidation?.contributions['proactive.licensing']).toEqual([
      { agency: '平湖市教育局', value: 7 },
      { agency: '平湖市科技局', value: 5 },
    ]);
    expect(record.problems?.errors).toBe(0);
    const history = await store.listSnapshots(outcome.id);
    expect(history.map((h) => h.description)).toEqual(['由 2 个机关的报告汇总生成']);
  });

  it('stores nothing when the sources are of different years', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const b = await stored(store, report('平湖市教育局', 7, 0, 1, 2023));
    const outcome = await runConsolidation(store, gov2021, request([a, b]));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusals.map((r) => r.code)).toEqual(['year']);
    expect(outcome.refusals[0]?.message).toContain('平湖市教育局');
    expect(await store.list()).toHaveLength(2);
  });

  it('refuses an agency counted twice and says in which 汇总 it is', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const b = await stored(store, report('平湖市教育局', 7, 0, 1));
    const district = await runConsolidation(store, gov2021, {
      ...request([a, b]),
      agency: '当湖街道',
    });
    if (!district.ok) throw new Error('refused');
    const before = (await store.list()).length;
    const outcome = await runConsolidation(store, gov2021, request([district.id, a]));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const refusal = outcome.refusals.find((r) => r.code === 'double-count');
    expect(refusal?.agencies).toEqual(['平湖市科技局']);
    expect(refusal?.message).toContain('「平湖市科技局」');
    expect(refusal?.message).toContain('汇总报告「当湖街道」');
    expect(await store.list()).toHaveLength(before);
  });

  it('refuses a source with errors unless the user chose to include it, then warns', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const broken = setAtPath(report('平湖市教育局', 7, 0, 0), 'requests.newReceived.natural', 4);
    const b = await stored(store, broken);
    const refused = await runConsolidation(store, gov2021, request([a, b]));
    expect(refused.ok ? [] : refused.refusals.map((r) => r.code)).toEqual(['errors']);
    expect(await store.list()).toHaveLength(2);
    const included = await runConsolidation(store, gov2021, request([a, b], { allowErrors: [b] }));
    if (!included.ok) throw new Error('refused');
    expect(included.warnings.join('')).toContain('平湖市教育局');
    const record = await load(store, included.id);
    expect(record.consolidation?.includedWithErrors).toEqual(['平湖市教育局']);
  });

  it('rejects a source in the 回收站 by name and stores nothing', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const b = await stored(store, report('平湖市教育局', 7, 0, 1));
    await store.remove(b);
    await expect(runConsolidation(store, gov2021, request([a, b]))).rejects.toThrow('平湖市教育局');
    expect(await store.list()).toHaveLength(2);
  });

  it('重新汇总 keeps the old version in history and what the office wrote', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const b = await stored(store, report('平湖市教育局', 7, 0, 1));
    const first = await runConsolidation(store, gov2021, request([a, b]));
    if (!first.ok) throw new Error('refused');
    const written = await load(store, first.id);
    const narrative = setAtPath(written.document, 'overview.proactive', '全市主动公开信息……');
    await store.save(first.id, narrative, written.rev);
    const source = await load(store, a);
    await store.save(a, setAtPath(source.document, 'proactive.licensing', 9), source.rev);

    const again = await runConsolidation(store, gov2021, request([a, b], { replaceId: first.id }));
    expect(again).toEqual({ ok: true, id: first.id, warnings: [] });
    const record = await load(store, first.id);
    expect(getCell(record.document, 'proactive.licensing')).toBe(16);
    expect(record.document.overview.proactive).toBe('全市主动公开信息……');
    expect(record.consolidation?.contributions['proactive.licensing']?.[0]).toEqual({
      agency: '平湖市科技局',
      value: 9,
    });
    const history = await store.listSnapshots(first.id);
    const before = history.find((h) => h.description === '重新汇总前的版本');
    if (!before) throw new Error('no snapshot of the old version');
    const old = await store.loadSnapshot(before.id);
    expect(old?.ok && getCell(old.snapshot.document, 'proactive.licensing')).toBe(12);
    expect(await store.list()).toHaveLength(3);
  });
});

describe('rerunConsolidation', () => {
  it('stores the new sums over the 汇总 just read and hands back the record as stored', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const b = await stored(store, report('平湖市教育局', 7, 0, 1));
    const first = await runConsolidation(store, gov2021, request([a, b]));
    if (!first.ok) throw new Error('refused');
    const source = await load(store, b);
    await store.save(b, setAtPath(source.document, 'proactive.licensing', 1), source.rev);

    const outcome = await rerunConsolidation(store, gov2021, await load(store, first.id), [a, b]);
    if (!outcome.ok) throw new Error('refused');
    const record = await load(store, first.id);
    expect(getCell(record.document, 'proactive.licensing')).toBe(6);
    expect(outcome.record.rev).toBe(record.rev);
    expect(outcome.record.document).toEqual(record.document);
    expect(outcome.record.consolidation).toEqual(record.consolidation);
  });

  it('refuses when the 汇总 changed since it was read, and stores nothing', async () => {
    const store = createMemoryStore(env());
    const a = await stored(store, report('平湖市科技局', 5, 0, 1));
    const first = await runConsolidation(store, gov2021, request([a]));
    if (!first.ok) throw new Error('refused');
    const read = await load(store, first.id);
    await store.save(first.id, setAtPath(read.document, 'otherMatters', '无'), read.rev);
    const history = await store.listSnapshots(first.id);
    await expect(rerunConsolidation(store, gov2021, read, [a])).rejects.toThrow();
    expect((await load(store, first.id)).rev).toBe(read.rev + 1);
    expect(await store.listSnapshots(first.id)).toEqual(history);
  });
});
