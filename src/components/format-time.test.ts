import { describe, expect, it } from 'vitest';
import { formatTime } from './format-time';

describe('formatTime', () => {
  it('formats local time and passes unreadable text through', () => {
    const d = new Date(2026, 10, 26, 9, 5, 7);
    expect(formatTime(d.toISOString())).toBe('2026-11-26 09:05:07');
    expect(formatTime('bad')).toBe('bad');
  });
});
