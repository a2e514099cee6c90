import { useEffect, useState, type ComponentType } from 'react';

// Code loaded on first use, without <Suspense>: React holds back content that replaces a
// Suspense fallback until the fallback has been shown for 300 ms (so that it does not flash),
// which measured as 300 ms more before the editor's first cell. Here the caller shows its own
// status line while the code loads and the component as soon as it has arrived.

/** What `useComponent()` gives: the component once loaded, or whether loading it failed. */
export type LazyState<P> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly Component: ComponentType<P> };

/** A component in a chunk of its own: `preload()` starts the download, `useComponent()` renders it. */
export type LazyComponent<P> = {
  /** Starts loading (once; again after a failure). */
  preload(): Promise<ComponentType<P>>;
  /** The component's state in a render: loads it on first use (once `start` is true). */
  useComponent(start?: boolean): LazyState<P>;
};

/** Wraps `load` (usually `() => import('./x').then((m) => m.X)`). */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null; // a later use tries again (e.g. once the network is back)
        throw e;
      },
    );
    return pending;
  };
  const ready = (Component: ComponentType<P>): LazyState<P> => ({ kind: 'ready', Component });
  function useComponent(start = true): LazyState<P> {
    const [state, setState] = useState<LazyState<P>>(() =>
      loaded ? ready(loaded) : { kind: 'loading' },
    );
    const waiting = state.kind === 'loading' && start;
    useEffect(() => {
      if (!waiting) return;
      let live = true;
      preload().then(
        (c) => live && setState(ready(c)),
        () => live && setState({ kind: 'failed' }),
      );
      return () => {
        live = false;
      };
    }, [waiting]);
    return state;
  }
  return { preload, useComponent };
}

/**
 * False until the page has painted, then (with `idleTimeoutMs` > 0) until the browser is idle
 * (at most that long): what is not needed for the first screenful comes then, without competing
 * with it.
 */
export function useAfterFirstPaint(idleTimeoutMs = 1_000): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (done) return;
    let cancel = () => {};
    const frame = requestAnimationFrame(() => {
      // The callback of a frame runs before its paint; a task queued from it runs after.
      const timer = setTimeout(() => {
        if (idleTimeoutMs <= 0 || typeof requestIdleCallback !== 'function') return setDone(true);
        const handle = requestIdleCallback(() => setDone(true), { timeout: idleTimeoutMs });
        cancel = () => cancelIdleCallback(handle);
      }, 0);
      cancel = () => clearTimeout(timer);
    });
    cancel = () => cancelAnimationFrame(frame);
    return () => cancel();
  }, [done, idleTimeoutMs]);
  return done;
}
