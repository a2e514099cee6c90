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

/** Creates the scheduler; it starts in the `saved` state. */
export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const { timers, delayMs = 400, retryMs = 2000, maxRetryMs = 30_000 } = options;
  let pending: { value: T } | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let failures = 0;
  let stopped = false;

  function arm(ms: number) {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  }

  function fail(error: unknown, value: T) {
    const failure = options.classify(error);
    if (failure.conflict) {
      stopped = true;
      options.onState({ kind: 'conflict', message: failure.message });
      return;
    }
    pending ??= { value }; // a newer value, if any, supersedes the failed one
    failures += 1;
    options.onState({ kind: 'failed', message: failure.message });
    arm(Math.min(retryMs * 2 ** (failures - 1), maxRetryMs));
  }

  async function saveOne(value: T) {
    options.onState({ kind: 'saving' });
    try {
      await options.save(value);
      failures = 0;
      if (pending === null) options.onState({ kind: 'saved' });
      return true;
    } catch (error) {
      fail(error, value);
      return false;
    }
  }

  async function flush(): Promise<void> {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (inFlight) return inFlight.then(flush);
    if (stopped || pending === null) return;
    const { value } = pending;
    pending = null;
    inFlight = saveOne(value).then((ok) => {
      inFlight = null;
      if (ok && pending !== null) return flush();
    });
    return inFlight;
  }

  return {
    change(value) {
      if (stopped) return;
      pending = { value };
      options.onState({ kind: 'pending' });
      arm(delayMs);
    },
    flush,
    pending: () => pending?.value,
    stopped: () => stopped,
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
