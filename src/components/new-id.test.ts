import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newId } from './new-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('new ids', () => {
  it('are version-4 UUIDs, all different, where only getRandomValues exists (plain HTTP)', () => {
    const insecure = {
      getRandomValues: (a: Uint8Array<ArrayBuffer>) => webcrypto.getRandomValues(a),
    };
    const ids = Array.from({ length: 500 }, () => newId(insecure));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use randomUUID where the browser has it', () => {
    expect(newId()).toMatch(UUID_V4);
  });
});
