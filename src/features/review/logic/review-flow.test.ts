import { describe, expect, it } from 'vitest';
import { gov2021, sample2021, setAtPath } from '@/domain';
import type { Actor } from '@/domain/workflow';
import { diffReports } from '@/domain/workflow/changes';
import { createMemoryStore } from '@/storage/memory-store';
import type { ReportStore } from '@/storage/report-store';
import {
  applyChoice,
  applyCreate,
  applyMerge,
  planPackageImport,
  type ImportPlan,
} from './package-import';
import { recordAction, recordExport, reload, saveComments, type ReviewEnv } from './review-ops';

// The review across two computers at the level of the store: files are the only link.

const staff: Actor = { name: '王小明', role: 'preparer' };
const boss: Actor = { name: '李主任', role: 'reviewer' };
const report = setAtPath(sample2021, 'otherMatters', '本年未收取信息处理费。');

function machine(prefix: string): ReviewEnv {
  let tick = 0;
  let ids = 0;
  const at = () => new Date(Date.UTC(2025, 0, 1) + ++tick * 60_000).toISOString();
  const env = { now: at, newId: () => `${prefix}-${++ids}` };
  return { ...env, store: createMemoryStore(env) };
}

async function importInto(store: ReportStore, text: string) {
  const plan = await planPackageImport(store, text);
  if (plan.kind === 'create') return reload(store, await applyCreate(store, plan));
  if (plan.kind === 'merge') return applyMerge(store, plan.local, plan.plan);
  throw new Error(`unexpected ${plan.kind}`);
}

async function act(
  env: ReviewEnv,
  id: string,
  action: Parameters<typeof recordAction>[2],
  who: Actor,
) {
  const outcome = await recordAction(env, await reload(env.store, id), action, who);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.record;
}

describe('the review by file between 填报人 and 审核人', () => {
  it('submit, comment, return, fix, resubmit, approve: both sides end locked and agree', async () => {
    const [a, b] = [machine('a'), machine('b')];
    const { id } = await a.store.create({ document: report });
    await act(a, id, { type: 'submit' }, staff);
    const first = await recordExport(a, await reload(a.store, id));
    expect(first.name).toContain('待审核');
    let theirs = await importInto(b.store, first.text);
    expect(theirs).toMatchObject({ id, status: 'submitted' });
    const message = { id: 'm1', author: boss, at: b.now(), text: '请核对' };
    const anchor = { type: 'cell' as const, path: 'proactive.licensing' };
    await saveComments(b, theirs, [{ id: 't1', anchor, messages: [message], resolved: false }]);
    await act(b, id, { type: 'return', reason: '数字需核对' }, boss);
    let mine = await importInto(a.store, (await recordExport(b, await reload(b.store, id))).text);
    expect(mine).toMatchObject({ status: 'returned' });
    expect(mine.review.comments.map((t) => t.id)).toEqual(['t1']);
    const fixed = setAtPath(mine.document, 'proactive.licensing', 99);
    await a.store.save(id, fixed, mine.rev);
    await act(a, id, { type: 'resubmit' }, staff);
    theirs = await importInto(b.store, (await recordExport(a, await reload(a.store, id))).text);
    expect(theirs.status).toBe('submitted');
    const base = theirs.review.baseline ?? report;
    expect(diffReports(gov2021, base, theirs.document).cells.map((c) => c.path)).toEqual([
      'proactive.licensing',
    ]);
    await act(b, id, { type: 'approve' }, boss);
    mine = await importInto(a.store, (await recordExport(b, await reload(b.store, id))).text);
    expect(mine.status).toBe('approved');
    expect(mine.review.events.map((e) => e.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'approve',
    ]);
    expect((await b.store.listSnapshots(id)).map((s) => s.kind)).toContain('approve');
  });

  it('refuses to submit while errors remain, and changes nothing', async () => {
    const a = machine('a');
    const broken = setAtPath(report, 'requests.newReceived.natural', 999);
    const { id } = await a.store.create({ document: broken });
    const outcome = await recordAction(a, await reload(a.store, id), { type: 'submit' }, staff);
    expect(outcome.ok).toBe(false);
    expect(await reload(a.store, id)).toMatchObject({ status: 'draft', rev: 1 });
  });

  it('a conflict keeps the version not chosen in history', async () => {
    const [a, b] = [machine('a'), machine('b')];
    const { id } = await a.store.create({ document: report });
    await importInto(b.store, (await recordExport(a, await reload(a.store, id))).text);
    const theirs = await reload(b.store, id);
    await b.store.save(id, setAtPath(theirs.document, 'proactive.licensing', 5), theirs.rev);
    const mine = await reload(a.store, id);
    await a.store.save(id, setAtPath(mine.document, 'proactive.licensing', 6), mine.rev);
    const text = (await recordExport(b, await reload(b.store, id))).text;
    const plan: ImportPlan = await planPackageImport(a.store, text);
    if (plan.kind !== 'conflict') throw new Error(plan.kind);
    const kept = await applyChoice(a.store, plan, 'local');
    expect(kept.document.proactive.licensing).toBe(6);
    const [entry] = await a.store.listSnapshots(id);
    expect(entry?.kind).toBe('conflict');
    const other = await a.store.loadSnapshot(entry?.id ?? '');
    expect(other?.ok && other.snapshot.document.proactive.licensing).toBe(5);
  });
});
