import { describe, expect, it } from 'vitest';
import {
  acquireReportLock,
  type ChannelLike,
  type LockEnv,
  type LockManagerLike,
} from './tab-lock';

// The real Web Locks and BroadcastChannel are covered by Playwright; here both are faked.

/** Channels that deliver to every other open channel asynchronously, like BroadcastChannel. */
function channelHub(): () => ChannelLike {
  const open = new Set<ChannelLike>();
  return () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        for (const other of open) {
          if (other !== channel)
            queueMicrotask(() => other.onmessage?.({ data: structuredClone(message) }));
        }
      },
      close: () => void open.delete(channel),
    };
    open.add(channel);
    return channel;
  };
}

/** A lock manager with the `ifAvailable` and `signal` semantics of navigator.locks. */
function fakeLocks(): LockManagerLike {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  return {
    async request(name, options, callback) {
      if ('ifAvailable' in options) {
        if (held.has(name)) return callback(null);
      } else if (held.has(name)) {
        await new Promise<void>((granted, refused) => {
          const queue = waiting.get(name) ?? [];
          waiting.set(name, queue);
          const turn = () => granted();
          queue.push(turn);
          options.signal.addEventListener('abort', () => {
            queue.splice(queue.indexOf(turn), 1);
            refused(options.signal.reason);
          });
        });
      }
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
        waiting.get(name)?.shift()?.();
      }
    },
  };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / 30));

describe('acquireReportLock over a BroadcastChannel', () => {
  const hub = channelHub();
  const tab = (tabId: string): LockEnv => ({ createChannel: hub, tabId, wait });

  it('gives a report to one tab at a time and frees it on release', async () => {
    const first = await acquireReportLock('r1', tab('a'));
    expect(first).not.toBeNull();
    expect(await acquireReportLock('r1', tab('b'))).toBeNull();
    expect(await acquireReportLock('r2', tab('b'))).not.toBeNull(); // other reports are free
    first?.release();
    first?.release();
    expect(await acquireReportLock('r1', tab('b'))).not.toBeNull();
  });

  it('lets exactly one of two tabs claiming at once win (the smaller id)', async () => {
    const [x, y] = await Promise.all([
      acquireReportLock('r3', tab('tab-2')),
      acquireReportLock('r3', tab('tab-1')),
    ]);
    expect([x === null, y === null]).toEqual([true, false]);
    expect(await acquireReportLock('r3', tab('tab-0'))).toBeNull(); // a holder answers smaller ids too
  });
});

describe('acquireReportLock with Web Locks', () => {
  it('gives a report to one holder at a time and frees it on release', async () => {
    const env: LockEnv = { locks: fakeLocks(), tabId: 'a', wait };
    const first = await acquireReportLock('r1', env);
    expect(first).not.toBeNull();
    expect(await acquireReportLock('r1', env)).toBeNull();
    first?.release();
    await wait(0);
    expect(await acquireReportLock('r1', env)).not.toBeNull();
  });

  it('waits for a holder that lets go (a page closing), not for one that keeps it', async () => {
    const env: LockEnv = { locks: fakeLocks(), tabId: 'a', wait };
    const closing = await acquireReportLock('r1', env);
    const claim = acquireReportLock('r1', env, 1_000);
    setTimeout(() => closing?.release(), 20);
    expect(await claim).not.toBeNull();
    const started = Date.now();
    expect(await acquireReportLock('r1', env, 50)).toBeNull(); // the claim above keeps it
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('grants a do-nothing lock when the browser can coordinate nothing', async () => {
    expect(await acquireReportLock('r1', { tabId: 'a', wait })).not.toBeNull();
  });
});
