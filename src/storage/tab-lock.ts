import { REPORT_LOCK_PREFIX } from './storage-keys';

// One writer per report across tabs (pitfalls.md item 6). The editor takes the report's lock
// when it opens a report; a second tab that cannot get it opens the report read-only. This is
// a courtesy on top of the rev check in `save`, which still catches anything that slips by.
//
// Web Locks (`navigator.locks`) are released by the browser when a tab closes or crashes, so
// they never go stale. Where they are missing, tabs ask each other over a BroadcastChannel.

/** A held lock; `release` is idempotent. */
export type ReportLock = { release(): void };

/** The part of `navigator.locks` used here. */
export type LockManagerLike = {
  request(
    name: string,
    options: { ifAvailable: true } | { signal: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
};

/** The part of BroadcastChannel used here. */
export type ChannelLike = {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
};

/** What the lock needs from the browser, injectable for tests. */
export type LockEnv = {
  locks?: LockManagerLike;
  createChannel?: (name: string) => ChannelLike;
  /** This tab's id: among tabs claiming a free lock at once, the smallest id wins. */
  tabId: string;
  wait: (ms: number) => Promise<void>;
};

const CHANNEL = 'nianbao-report-locks';
/** How long a claim waits for a holder to answer: same-origin tabs answer within milliseconds. */
const ANSWER_MS = 150;

type LockMessage = { type: 'query' | 'held'; name: string; from: string };

function isLockMessage(m: unknown): m is LockMessage {
  if (typeof m !== 'object' || m === null) return false;
  const { type, name, from } = m as Record<string, unknown>;
  return (
    (type === 'query' || type === 'held') && typeof name === 'string' && typeof from === 'string'
  );
}

function openBroadcastChannel(name: string): ChannelLike {
  const bc = new BroadcastChannel(name);
  const channel: ChannelLike = {
    onmessage: null,
    postMessage: (message) => bc.postMessage(message),
    close: () => bc.close(),
  };
  bc.onmessage = (event) => channel.onmessage?.({ data: event.data });
  return channel;
}

/** The browser's lock manager and channels, or whichever of them exists. */
export function browserLockEnv(): LockEnv {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    locks: nav?.locks,
    createChannel: typeof BroadcastChannel === 'undefined' ? undefined : openBroadcastChannel,
    tabId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** A claim given up after its wait: the lock manager rejects with the signal's reason. */
const isTimeout = (e: unknown) =>
  e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

function viaWebLocks(
  locks: LockManagerLike,
  name: string,
  waitMs: number,
): Promise<ReportLock | null> {
  return new Promise((resolve, reject) => {
    // Waiting, the lock is ours the moment its holder lets go (a page just closed or reloaded).
    const options =
      waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true as const };
    const held = locks.request(name, options, (lock) => {
      if (lock === null) {
        resolve(null);
        return Promise.resolve();
      }
      // The lock is held until this promise settles, i.e. until release().
      return new Promise<void>((release) => resolve({ release: () => release() }));
    });
    held.catch((e: unknown) => (isTimeout(e) ? resolve(null) : reject(e)));
  });
}

/** Claims `name` over a channel: a holder answers 'held'; simultaneous claimants defer to the smallest id. */
async function viaChannel(
  createChannel: (name: string) => ChannelLike,
  name: string,
  env: LockEnv,
): Promise<ReportLock | null> {
  const channel = createChannel(CHANNEL);
  // An object, not a `let`: the handler changes it while this function awaits.
  const claim: { state: 'claiming' | 'held' | 'lost' | 'released' } = { state: 'claiming' };
  const answer = () => channel.postMessage({ type: 'held', name, from: env.tabId });
  channel.onmessage = ({ data }) => {
    if (!isLockMessage(data) || data.name !== name || data.from === env.tabId) return;
    if (data.type === 'held') {
      if (claim.state === 'claiming') claim.state = 'lost';
    } else if (claim.state === 'held') answer();
    else if (claim.state === 'claiming') {
      if (data.from < env.tabId) claim.state = 'lost';
      else answer(); // it may have missed our query: it subscribed after we sent it
    }
  };
  channel.postMessage({ type: 'query', name, from: env.tabId });
  await env.wait(ANSWER_MS);
  if (claim.state === 'lost') {
    channel.close();
    return null;
  }
  claim.state = 'held';
  return {
    release() {
      if (claim.state !== 'held') return;
      claim.state = 'released';
      channel.close();
    },
  };
}

/**
 * Takes the write lock of a report, or resolves to null when another tab holds it (for
 * `waitMs` more milliseconds: a page that is closing or reloading lets go of it soon).
 */
export async function acquireReportLock(
  id: string,
  env: LockEnv = browserLockEnv(),
  waitMs = 0,
): Promise<ReportLock | null> {
  const name = REPORT_LOCK_PREFIX + id;
  if (env.locks) return viaWebLocks(env.locks, name, waitMs);
  if (env.createChannel) {
    const first = await viaChannel(env.createChannel, name, env);
    if (first || waitMs <= 0) return first;
    await env.wait(waitMs); // a holder answers while it lives: ask once more after the wait
    return viaChannel(env.createChannel, name, env);
  }
  // Nothing to coordinate with (a very old browser): the rev check in save() still protects.
  return { release() {} };
}
