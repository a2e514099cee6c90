import { describe, expect, it } from 'vitest';
import { forgetSavedViews, type KeyedStorage } from './forget-saved-views';

/** A Map behind the Web Storage calls forgetSavedViews makes. */
function mapStorage(entries: Record<string, string>): KeyedStorage & { keys: () => string[] } {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    keys: () => [...map.keys()].sort(),
  };
}

describe('forgetSavedViews', () => {
  it('removes the saved views and their list, and keeps unsaved work and everything else', () => {
    const storage = mapStorage({
      'nianbao-saved-view:a': '<main>…</main>',
      'nianbao-saved-view:b': '<main>…</main>',
      'nianbao-saved-views': '["a","b"]',
      'nianbao-unsaved:a': '{"doc":{}}',
      'nianbao-identity': '{"name":"王小明"}',
      other: 'x',
    });
    expect(forgetSavedViews(storage)).toBe(3);
    expect(storage.keys()).toEqual(['nianbao-identity', 'nianbao-unsaved:a', 'other']);
  });

  it('does nothing where there is nothing to forget', () => {
    const storage = mapStorage({ 'nianbao-unsaved:a': '{}' });
    expect(forgetSavedViews(storage)).toBe(0);
    expect(storage.keys()).toEqual(['nianbao-unsaved:a']);
  });
});
