/** Notifies the listeners of some keys (each key once, however often it is listed). */
export type Emit = (keys: Iterable<string>) => void;

/**
 * Subscriptions by key (a field path, a computed path, a `column:` flag or an @ channel): a
 * change calls only the listeners of the keys it touched, so only those cells re-render.
 */
export function createListeners() {
  const listeners = new Map<string, Set<() => void>>();
  const emit: Emit = (keys) => {
    for (const key of new Set(keys)) listeners.get(key)?.forEach((fn) => fn());
  };
  return {
    emit,
    subscribe(key: string, fn: () => void): () => void {
      const set = listeners.get(key) ?? new Set();
      listeners.set(key, set);
      set.add(fn);
      return () => void set.delete(fn);
    },
  };
}
