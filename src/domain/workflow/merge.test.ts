import { describe, expect, it } from 'vitest';
import { mergeEvents, mergeThreads } from './merge';
import type { CommentThread } from './comments';
import { event, message, preparer, reviewer } from './testing/fixtures';

const thread = (
  id: string,
  messages = [message(`${id}-1`, '2025-01-02T00:00:00Z')],
): CommentThread => ({
  id,
  anchor: { type: 'cell', path: 'proactive.licensing' },
  messages,
  resolved: false,
});

describe('mergeThreads', () => {
  it('unions threads and messages by id, keeping replies from both sides', () => {
    const ours = [
      thread('t1', [
        message('a', '2025-01-02T00:00:00Z'),
        message('b', '2025-01-04T00:00:00Z', '本机回复', preparer),
      ]),
    ];
    const theirs = [
      thread('t1', [
        message('a', '2025-01-02T00:00:00Z'),
        message('c', '2025-01-03T00:00:00Z', '对方回复'),
      ]),
      thread('t2'),
    ];
    const merged = mergeThreads(ours, theirs);
    expect(merged.threads.map((th) => th.id)).toEqual(['t1', 't2']);
    expect(merged.threads[0]?.messages.map((m) => m.id)).toEqual(['a', 'c', 'b']);
    expect(merged).toMatchObject({ newThreads: 1, newMessages: 2 });
    expect(mergeThreads(merged.threads, theirs).threads).toEqual(merged.threads);
  });

  it('takes the later of resolve and reopen', () => {
    const resolved = {
      ...thread('t1'),
      resolved: true,
      resolvedBy: reviewer,
      resolvedAt: '2025-01-05T00:00:00Z',
    };
    const reopened = {
      ...resolved,
      resolved: false,
      reopenedBy: preparer,
      reopenedAt: '2025-01-06T00:00:00Z',
    };
    expect(mergeThreads([thread('t1')], [resolved]).threads[0]).toMatchObject({
      resolved: true,
      resolvedBy: reviewer,
    });
    expect(mergeThreads([resolved], [reopened]).threads[0]).toMatchObject({
      resolved: false,
      reopenedBy: preparer,
    });
    const resolvedAgain = { ...reopened, resolved: true, resolvedAt: '2025-01-07T00:00:00Z' };
    expect(mergeThreads([reopened], [resolvedAgain]).threads[0]?.resolved).toBe(true);
    expect(mergeThreads([resolvedAgain], [reopened]).threads[0]?.resolved).toBe(true);
  });
});

describe('mergeEvents', () => {
  it('unions by id, oldest first, and reports what is new', () => {
    const a = event('a', '2025-01-01T00:00:00Z');
    const b = event('b', '2025-01-02T00:00:00Z', { action: 'return', actor: reviewer });
    const merged = mergeEvents([a], [b, a]);
    expect(merged.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(merged.added.map((e) => e.id)).toEqual(['b']);
  });
});
