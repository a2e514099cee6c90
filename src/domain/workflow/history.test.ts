import { describe, expect, it } from 'vitest';
import { approvalOf, describeEvent, lastSubmission, sortEvents } from './history';
import { event, reviewer } from './testing/fixtures';

const history = [
  event('e3', '2025-01-05T00:00:00Z', {
    action: 'approve',
    actor: reviewer,
    fromStatus: 'submitted',
    toStatus: 'approved',
    rev: 4,
  }),
  event('e1', '2025-01-01T00:00:00Z'),
  event('e2', '2025-01-03T00:00:00Z', { action: 'resubmit', fromStatus: 'returned', rev: 4 }),
];

describe('history', () => {
  it('sorts by time, then id', () => {
    const tie = event('e0', '2025-01-01T00:00:00Z');
    expect(sortEvents([...history, tie]).map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('finds the last submission', () => {
    expect(lastSubmission(history)?.id).toBe('e2');
    expect(lastSubmission([])).toBeNull();
  });

  it('gives the approval to print only for 已定稿', () => {
    expect(approvalOf('approved', history)).toEqual({
      reviewer: '李主任',
      at: '2025-01-05T00:00:00Z',
    });
    expect(approvalOf('returned', history)).toBeNull();
  });

  it('describes an event in Chinese', () => {
    const returned = event('e4', 'x', {
      action: 'return',
      actor: reviewer,
      reason: '表三不平衡',
      fromStatus: 'submitted',
      toStatus: 'returned',
    });
    expect(describeEvent(returned)).toBe(
      '李主任（审核人）退回修改，「待审核」→「退回修改」，理由：表三不平衡',
    );
    expect(describeEvent(history[1]!)).toBe('王小明（填报人）提交审核，「草稿」→「待审核」');
  });
});
