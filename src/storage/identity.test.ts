import { describe, expect, it } from 'vitest';
import { loadIdentity, saveIdentity } from './identity';

function memory() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('identity of the browser profile', () => {
  it('round-trips a name and role, trimmed', () => {
    const storage = memory();
    expect(loadIdentity(storage)).toBeNull();
    expect(saveIdentity({ name: ' 王小明 ', role: 'preparer' }, storage)).toBe(true);
    expect(loadIdentity(storage)).toEqual({ name: '王小明', role: 'preparer' });
  });

  it('ignores damaged or incomplete entries', () => {
    const storage = memory();
    for (const bad of ['{', '42', '{"name":"","role":"reviewer"}', '{"name":"李","role":"boss"}']) {
      storage.setItem('nianbao-identity', bad);
      expect(loadIdentity(storage)).toBeNull();
    }
  });
});
