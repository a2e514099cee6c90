import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import type { CommentThread } from '../../domain/workflow/comments';
import { mergeReviewPackage, resolveConflict, type ReviewMergePlan } from './merge';
import type { ReviewSide } from './format';
import { edited, packageFrom, preparerSide, returned } from './testing/sides';

const reviewer = { name: '李主任', role: 'reviewer' } as const;
const preparer = { name: '王小明', role: 'preparer' } as const;

const thread = (messages: CommentThread['messages']): CommentThread => ({
  id: 't1',
  anchor: { type: 'cell', path: 'proactive.licensing' },
  messages,
  resolved: false,
});
const m1 = {
  id: 'm1',
  author: reviewer,
  at: '2025-01-11T00:00:00.000Z',
  text: '行政许可为何为 0？',
};

/** The reviewer's side: what they imported, with their return and comment added. */
function reviewerSide(local: ReviewSide): ReviewSide {
  const report = { ...local.report, status: 'returned' as const };
  return { ...local, report, comments: [thread([m1])], events: [...local.events, returned] };
}

function merged(plan: ReviewMergePlan): Extract<ReviewMergePlan, { kind: 'merge' }> {
  if (plan.kind !== 'merge') throw new Error(`expected a merge, got ${plan.kind}`);
  return plan;
}

describe('mergeReviewPackage', () => {
  it('creates a report that is new here', () => {
    const pkg = packageFrom(preparerSide());
    const plan = mergeReviewPackage(gov2021, undefined, pkg);
    expect(plan).toMatchObject({
      kind: 'create',
      next: { report: pkg.report, lastExchange: pkg.lastExchange },
    });
  });

  it('merges comments and history and takes the status of the side that acted last', () => {
    const local = preparerSide();
    const plan = merged(mergeReviewPackage(gov2021, local, packageFrom(reviewerSide(local))));
    expect(plan.next.report).toMatchObject({
      status: 'returned',
      rev: 4,
      document: local.report.document,
    });
    expect(plan.next.events.map((e) => e.id)).toEqual(['ev-submit', 'ev-return']);
    expect(plan.summary).toMatchObject({
      newThreads: 1,
      newMessages: 1,
      document: 'same',
      status: { from: 'submitted', to: 'returned' },
    });
    expect(plan.toHistory).toEqual([]);
  });

  it('keeps replies from both sides without duplicates', () => {
    const reply = {
      id: 'm2',
      author: preparer,
      at: '2025-01-12T00:00:00.000Z',
      text: '本年确无行政许可',
    };
    const other = {
      id: 'm3',
      author: reviewer,
      at: '2025-01-12T06:00:00.000Z',
      text: '补充：请写入说明',
    };
    const local = { ...preparerSide(), comments: [thread([m1, reply])] };
    const remote = { ...reviewerSide(local), comments: [thread([m1, other])] };
    const plan = merged(mergeReviewPackage(gov2021, local, packageFrom(remote)));
    expect(plan.next.comments).toHaveLength(1);
    expect(plan.next.comments[0]?.messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('takes the other side’s document when only it changed, keeping ours in history', () => {
    const local = preparerSide();
    const theirs = edited(local, 5, '2025-01-11T05:00:00.000Z');
    const plan = merged(mergeReviewPackage(gov2021, local, packageFrom(theirs)));
    expect(plan.summary.document).toBe('incoming');
    expect(plan.next.report.document.proactive.licensing).toBe(5);
    expect(plan.summary.changes?.cells.map((c) => [c.path, c.after])).toEqual([
      ['proactive.licensing', 5],
    ]);
    expect(plan.toHistory).toMatchObject([{ kind: 'import', version: local.report }]);
  });

  it('keeps our document when only we changed it', () => {
    const base = preparerSide();
    const local = edited(base, 8, '2025-01-11T05:00:00.000Z');
    const plan = merged(mergeReviewPackage(gov2021, local, packageFrom(reviewerSide(base))));
    expect(plan.summary.document).toBe('local');
    expect(plan.next.report.document.proactive.licensing).toBe(8);
    expect(plan.toHistory).toEqual([]);
  });

  it('asks when both changed the document, and keeps the version not chosen in history', () => {
    const base = preparerSide();
    const local = edited(base, 8, '2025-01-11T05:00:00.000Z');
    const theirs = edited(base, 5, '2025-01-11T06:00:00.000Z');
    const plan = mergeReviewPackage(gov2021, local, packageFrom(theirs));
    if (plan.kind !== 'conflict') throw new Error('expected a conflict');
    expect(plan.changes.cells.map((c) => [c.before, c.after])).toEqual([[8, 5]]);
    const keepOurs = resolveConflict(gov2021, plan, 'local');
    expect(keepOurs.next.report.document.proactive.licensing).toBe(8);
    expect(keepOurs.toHistory).toMatchObject([{ kind: 'conflict', version: theirs.report }]);
    const takeTheirs = resolveConflict(gov2021, plan, 'incoming');
    expect(takeTheirs.next.report.document.proactive.licensing).toBe(5);
    expect(takeTheirs.toHistory).toMatchObject([{ kind: 'conflict', version: local.report }]);
    expect(takeTheirs.next.report.rev).toBeGreaterThan(local.report.rev);
  });

  it('asks when there was no exchange to compare with', () => {
    const local = { ...edited(preparerSide(), 8, '2025-01-11T05:00:00.000Z'), lastExchange: null };
    expect(mergeReviewPackage(gov2021, local, packageFrom(preparerSide())).kind).toBe('conflict');
  });

  it('changes nothing when the same package is imported again', () => {
    const local = preparerSide();
    const pkg = packageFrom(reviewerSide(local));
    const first = merged(mergeReviewPackage(gov2021, local, pkg));
    const second = merged(mergeReviewPackage(gov2021, first.next, pkg));
    expect(second).toMatchObject({ changed: false, toHistory: [], next: first.next });
  });
});
