import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import {
  addThread,
  openThreads,
  reopenThread,
  replyToThread,
  resolveThread,
  threadsByField,
  type CommentResult,
  type CommentThread,
} from './comments';
import { describeAnchor } from './anchor-labels';
import { message, preparer, reviewer } from './testing/fixtures';

const CELL = 'requests.newReceived.natural';

function ok(result: CommentResult): CommentThread[] {
  if (!result.ok) throw new Error(result.reason);
  return result.threads;
}

const start = (): CommentThread[] =>
  ok(
    addThread([], {
      id: 't1',
      anchor: { type: 'cell', path: CELL },
      message: message('m1', '2025-01-02T00:00:00Z', ' 自然人申请数偏少，请核对 '),
    }),
  );

describe('comment threads', () => {
  it('adds a thread, replies, resolves and reopens', () => {
    let threads = start();
    expect(threads[0]?.messages[0]?.text).toBe('自然人申请数偏少，请核对');
    threads = ok(
      replyToThread(threads, 't1', message('m2', '2025-01-03T00:00:00Z', '已核对，无误', preparer)),
    );
    expect(threads[0]?.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    threads = ok(resolveThread(threads, 't1', reviewer, '2025-01-04T00:00:00Z'));
    expect(threads[0]).toMatchObject({
      resolved: true,
      resolvedBy: reviewer,
      resolvedAt: '2025-01-04T00:00:00Z',
    });
    expect(openThreads(threads)).toEqual([]);
    threads = ok(reopenThread(threads, 't1', preparer, '2025-01-05T00:00:00Z'));
    expect(threads[0]).toMatchObject({
      resolved: false,
      reopenedBy: preparer,
      resolvedBy: reviewer,
    });
    expect(openThreads(threads)).toHaveLength(1);
  });

  it('does not change its input', () => {
    const threads = start();
    const copy = structuredClone(threads);
    ok(replyToThread(threads, 't1', message('m2', '2025-01-03T00:00:00Z')));
    ok(resolveThread(threads, 't1', reviewer, '2025-01-04T00:00:00Z'));
    expect(threads).toEqual(copy);
  });

  it('refuses empty text, a missing name, a duplicate id and an unknown thread', () => {
    const threads = start();
    const anchor = { type: 'section', key: 'overview' } as const;
    expect(addThread(threads, { id: 't2', anchor, message: message('m', 'x', '  ') })).toEqual({
      ok: false,
      reason: '意见内容不能为空。',
    });
    const nameless = { ...message('m', 'x'), author: { name: '', role: 'reviewer' as const } };
    expect(addThread(threads, { id: 't2', anchor, message: nameless }).ok).toBe(false);
    expect(addThread(threads, { id: 't1', anchor, message: message('m', 'x') }).ok).toBe(false);
    expect(replyToThread(threads, 'nope', message('m', 'x')).ok).toBe(false);
    expect(resolveThread(threads, 'nope', reviewer, 'x').ok).toBe(false);
  });
});

describe('threadsByField', () => {
  it('counts open threads per path for the markers', () => {
    let threads = start();
    const m = message('m', '2025-01-02T00:00:00Z');
    threads = ok(
      addThread(threads, {
        id: 't2',
        anchor: {
          type: 'problem',
          rule: 'balance',
          fields: [CELL, 'requests.carriedForward.natural', CELL],
        },
        message: m,
      }),
    );
    threads = ok(
      addThread(threads, {
        id: 't3',
        anchor: { type: 'row', path: 'requests.newReceived' },
        message: m,
      }),
    );
    threads = ok(
      addThread(threads, {
        id: 't4',
        anchor: { type: 'section', key: 'otherMatters' },
        message: m,
      }),
    );
    threads = ok(
      addThread(threads, {
        id: 't5',
        anchor: { type: 'cell', path: 'proactive.licensing' },
        message: m,
      }),
    );
    threads = ok(resolveThread(threads, 't5', reviewer, '2025-01-03T00:00:00Z'));
    expect(Object.fromEntries(threadsByField(threads))).toEqual({
      [CELL]: 2,
      'requests.carriedForward.natural': 1,
      'requests.newReceived': 1,
      otherMatters: 1,
    });
    expect(threadsByField(threads, { includeResolved: true }).get('proactive.licensing')).toBe(1);
  });
});

describe('describeAnchor', () => {
  it.each([
    [{ type: 'cell', path: CELL }, '表三「一、本年新收」「自然人」'],
    [{ type: 'cell', path: 'overview.onRequest' }, '一、总体情况（二）依申请公开情况'],
    [{ type: 'cell', path: 'meta.agency' }, '机关名称'],
    [{ type: 'row', path: 'requests.denied.stateSecret' }, '表三「1.属于国家秘密」'],
    [{ type: 'row', path: 'proactive.licensing' }, '表二「行政许可」'],
    [{ type: 'section', key: 'improvement' }, '五、存在的主要问题及改进情况'],
    [
      { type: 'problem', rule: 'feeReported', fields: ['otherMatters'] },
      '问题「收费情况」：六、其他需要报告的事项',
    ],
  ] as const)('%j → %s', (anchor, expected) => {
    expect(describeAnchor(gov2021, anchor as Parameters<typeof describeAnchor>[1])).toBe(expected);
  });
});
