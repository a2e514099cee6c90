import type { TemplateDef } from './types';

/**
 * Caches a structure derived from a template (cell lists, dependency indexes). A template is
 * immutable, and the editor re-derives on every keystroke: building the lists again each time
 * costs more than using them. Callers must treat the result as read-only.
 */
export function memoByTemplate<T>(derive: (t: TemplateDef) => T): (t: TemplateDef) => T {
  const cache = new WeakMap<TemplateDef, T>();
  return (t) => {
    const hit = cache.get(t);
    if (hit !== undefined) return hit;
    const value = derive(t);
    cache.set(t, value);
    return value;
  };
}
