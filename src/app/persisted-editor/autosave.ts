// The autosave scheduler (design.md "Autosave"; pitfalls.md item 7): debounce the latest
// immutable value, write one save at a time, never lose a value that arrived during a save,
// retry failures with back-off, and stop for good on a conflict (another tab or an import
// changed the report: saving over it would destroy that work). No React, no ambient timers.

/** What the status line shows. */
export type AutosaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

/** Timers, injected so tests run on a fake clock. */
export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** How a failed save is to be treated. */
export type SaveFailure = { conflict: boolean; message: string };

export type AutosaveOptions<T> = {
  save: (value: T) => Promise<void>;
  classify: (error: unknown) => SaveFailure;
  onState: (state: AutosaveState) => void;
  timers: Timers;
  delayMs?: number;
  /** Back-off of automatic retries: first delay, doubled each time up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
};

export type Autosave<T> = {
  /** A new value: saved after the delay (the delay restarts with each change). */
  change(value: T): void;
  /** Saves the pending value now; resolves when nothing is pending or saving fails. */
  flush(): Promise<void>;
  /** The value not yet saved, if any. */
  pending(): T | undefined;
  /** True after a conflict: nothing more is saved. */
  stopped(): boolean;
  dispose(): void;
};

/** A re-armable single timer: arming it again replaces the wait; cancelling is always safe. */
function oneShot(timers: Timers) {
  let handle: unknown = null;
  const cancel = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    arm(ms: number, fn: () => void) {
      cancel();
      handle = timers.setTimeout(() => {
        handle = null;
        fn();
      }, ms);
    },
    cancel,
  };
}

/** What the scheduler and its save step share. */
type Queue<T> = { pending: { value: T } | null; failures: number; stopped: boolean };

/** Handles a failed save: stops for good on a conflict, else keeps the value and backs off. */
function fail<T>(
  error: unknown,
  value: T,
  queue: Queue<T>,
  options: AutosaveOptions<T>,
  retry: (ms: number) => void,
) {
  const { retryMs = 2000, maxRetryMs = 30_000 } = options;
  const failure = options.classify(error);
  if (failure.conflict) {
    queue.stopped = true;
    options.onState({ kind: 'conflict', message: failure.message });
    return;
  }
  queue.pending ??= { value }; // a newer value, if any, supersedes the failed one
  queue.failures += 1;
  options.onState({ kind: 'failed', message: failure.message });
  retry(Math.min(retryMs * 2 ** (queue.failures - 1), maxRetryMs));
}

/** Saves one value; resolves to whether it was saved (a failure is handled by `fail`). */
async function saveOne<T>(
  value: T,
  queue: Queue<T>,
  options: AutosaveOptions<T>,
  retry: (ms: number) => void,
): Promise<boolean> {
  options.onState({ kind: 'saving' });
  try {
    await options.save(value);
    queue.failures = 0;
    if (queue.pending === null) options.onState({ kind: 'saved' });
    return true;
  } catch (error) {
    fail(error, value, queue, options, retry);
    return false;
  }
}

/** Creates the scheduler; it starts in the `saved` state. */
export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const { delayMs = 400 } = options;
  const queue: Queue<T> = { pending: null, failures: 0, stopped: false };
  const timer = oneShot(options.timers);
  let inFlight: Promise<void> | null = null;
  const arm = (ms: number) => timer.arm(ms, () => void flush());

  async function flush(): Promise<void> {
    timer.cancel();
    if (inFlight) return inFlight.then(flush);
    if (queue.stopped || queue.pending === null) return;
    const { value } = queue.pending;
    queue.pending = null;
    inFlight = saveOne(value, queue, options, arm).then((ok) => {
      inFlight = null;
      if (ok && queue.pending !== null) return flush();
    });
    return inFlight;
  }

  return {
    change(value) {
      if (queue.stopped) return;
      queue.pending = { value };
      options.onState({ kind: 'pending' });
      arm(delayMs);
    },
    flush,
    pending: () => queue.pending?.value,
    stopped: () => queue.stopped,
    dispose: () => timer.cancel(),
  };
}
