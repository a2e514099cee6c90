import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [3482, '3.4 KB'],
    [12 * 1024 * 1024, '12 MB'],
    [1.5 * 1024 ** 3, '1.5 GB'],
  ])('%d', (n, text) => expect(formatBytes(n)).toBe(text));
});
