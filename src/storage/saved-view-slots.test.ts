import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from './edit-journal';
import { forgetSavedView, keepSavedView, savedViewIds } from './saved-view-slots';
import { SAVED_VIEW_INDEX, SAVED_VIEW_PREFIX } from './storage-keys';

/** localStorage in memory, refusing writes past `quota` characters in all. */
function storage(quota = Infinity): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      let used = v.length;
      for (const [key, val] of data) if (key !== k) used += val.length;
      if (used > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

const view = (s: KeyValueStorage, id: string) => s.getItem(SAVED_VIEW_PREFIX + id);

describe('saved views of the last few reports', () => {
  it('keeps one per report, the most recent first, and the oldest goes past the limit', () => {
    const s = storage();
    for (const id of ['a', 'b', 'c']) expect(keepSavedView(s, id, `<p>${id}</p>`, 3)).toBe(true);
    expect(keepSavedView(s, 'a', '<p>a again</p>', 3)).toBe(true);
    expect(savedViewIds(s)).toEqual(['a', 'c', 'b']);
    expect(view(s, 'a')).toBe('<p>a again</p>');
    expect(keepSavedView(s, 'd', '<p>d</p>', 3)).toBe(true);
    expect(savedViewIds(s)).toEqual(['d', 'a', 'c']);
    expect(view(s, 'b')).toBeNull();
  });

  it('makes room by dropping the oldest views when storage is full', () => {
    const s = storage(2_100);
    keepSavedView(s, 'a', 'x'.repeat(900));
    keepSavedView(s, 'b', 'x'.repeat(900));
    expect(keepSavedView(s, 'c', 'x'.repeat(900))).toBe(true);
    expect(savedViewIds(s)).toEqual(['c', 'b']);
    expect(view(s, 'a')).toBeNull();
  });

  it('keeps no view of a report that does not fit, not even its older one', () => {
    const s = storage(1_000);
    keepSavedView(s, 'a', 'x'.repeat(500));
    expect(keepSavedView(s, 'a', 'x'.repeat(2_000))).toBe(false);
    expect(view(s, 'a')).toBeNull();
    expect(savedViewIds(s)).toEqual([]);
  });

  it('forgets one report, and reads a damaged list as empty', () => {
    const s = storage();
    keepSavedView(s, 'a', '<p>a</p>');
    keepSavedView(s, 'b', '<p>b</p>');
    forgetSavedView(s, 'a');
    expect(savedViewIds(s)).toEqual(['b']);
    expect(view(s, 'a')).toBeNull();
    s.setItem(SAVED_VIEW_INDEX, '{oops');
    expect(savedViewIds(s)).toEqual([]);
  });
});
