import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import type { CommentThread } from '../../domain/workflow/comments';
import type { WorkflowEvent } from '../../domain/workflow/types';
import { mergeReviewPackage, resolveConflict } from './merge';
import type { ReviewSide } from './format';
import { edited, packageFrom, preparerSide } from './testing/sides';

// Importing the same 审核包 twice changes nothing the second time, whatever the two sides did
// (comments, replies, resolve/reopen, history, edits on one side, both or neither, a conflict
// settled either way, or no earlier exchange at all).

const day = fc
  .integer({ min: 1, max: 28 })
  .map((d) => `2025-02-${String(d).padStart(2, '0')}T00:00:00.000Z`);
const person = fc.constantFrom(
  { name: '王小明', role: 'preparer' as const },
  { name: '李主任', role: 'reviewer' as const },
);
const message = fc.record({
  id: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
  author: person,
  at: day,
  text: fc.constantFrom('请核对', '已改'),
});

const thread: fc.Arbitrary<CommentThread> = fc
  .record({
    id: fc.constantFrom('t1', 't2', 't3'),
    messages: fc.uniqueArray(message, { selector: (m) => m.id, maxLength: 3 }),
    resolvedAt: fc.option(day, { nil: undefined }),
    reopenedAt: fc.option(day, { nil: undefined }),
  })
  .map(({ id, messages, resolvedAt, reopenedAt }) => ({
    id,
    anchor: { type: 'cell', path: 'proactive.licensing' },
    messages,
    resolved: resolvedAt !== undefined && (reopenedAt === undefined || resolvedAt >= reopenedAt),
    ...(resolvedAt
      ? { resolvedBy: { name: '李主任', role: 'reviewer' as const }, resolvedAt }
      : {}),
    ...(reopenedAt
      ? { reopenedBy: { name: '王小明', role: 'preparer' as const }, reopenedAt }
      : {}),
  }));

const event: fc.Arbitrary<WorkflowEvent> = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
  action: fc.constantFrom('return' as const, 'resubmit' as const),
  at: day,
  actor: person,
  fromStatus: fc.constant('submitted' as const),
  toStatus: fc.constantFrom('returned' as const, 'submitted' as const),
  rev: fc.nat(9),
});

const side = fc.record({
  comments: fc.uniqueArray(thread, { selector: (t) => t.id, maxLength: 3 }),
  events: fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 3 }),
  edit: fc.option(fc.nat(99), { nil: undefined }),
  status: fc.constantFrom('submitted' as const, 'returned' as const),
});

type SideArgs = typeof side extends fc.Arbitrary<infer A> ? A : never;

function build(base: ReviewSide, s: SideArgs): ReviewSide {
  const changed = s.edit === undefined ? base : edited(base, s.edit, '2025-03-01T00:00:00.000Z');
  return {
    ...changed,
    report: { ...changed.report, status: s.status },
    comments: s.comments,
    events: s.events,
  };
}

describe('mergeReviewPackage (property)', () => {
  it('is idempotent: a second import of the same package changes nothing', () => {
    fc.assert(
      fc.property(
        side,
        side,
        fc.boolean(),
        fc.constantFrom('local' as const, 'incoming' as const),
        (ours, theirs, exchanged, choice) => {
          const base = preparerSide();
          const local = {
            ...build(base, ours),
            lastExchange: exchanged ? base.lastExchange : null,
          };
          const pkg = packageFrom(build(base, theirs));
          const plan = mergeReviewPackage(gov2021, local, pkg);
          const first = plan.kind === 'conflict' ? resolveConflict(gov2021, plan, choice) : plan;
          const second = mergeReviewPackage(gov2021, first.next, pkg);
          expect(second.kind).toBe('merge');
          if (second.kind !== 'merge') return;
          expect(second.changed).toBe(false);
          expect(second.toHistory).toEqual([]);
          expect(second.next).toEqual(first.next);
        },
      ),
      { numRuns: 200 },
    );
  });
});
